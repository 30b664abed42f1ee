import { useState } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { hasPermission, useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCatalogueChoices, useOfferMutations, useProviderOffers, type PortalOffer } from '../api/offers.ts';
import { useProvider } from '../api/provider.ts';
import { OfferForm } from '../components/OfferForm.tsx';
import { PictureManager } from '../components/PictureManager.tsx';
import '../provider.css';

/** "Aanbod": the provider's own offers in every state; admins make, change, submit, pause and end them. */
export default function OffersPage() {
  const { t } = useTranslation('provider');
  usePageTitle(t('offers.title'));
  const session = useSession();
  const providerId = session.data?.providerId ?? '';
  const mayManage = hasPermission(session.data, 'provider.offers.manage');
  const offers = useProviderOffers(providerId);
  const provider = useProvider(providerId);
  const { routes, categories } = useCatalogueChoices();
  const { save, status, stock } = useOfferMutations(providerId);
  const [editing, setEditing] = useState<PortalOffer | 'new' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [stockDrafts, setStockDrafts] = useState<Record<string, string>>({});

  const act = (offer: PortalOffer, next: 'submitted' | 'paused' | 'published' | 'ended') =>
    status.mutate(
      { id: offer.id, status: next },
      { onSuccess: (o) => setAnnouncement(t(`offers.done.${next}`, { title: o.title })) },
    );

  if (editing !== null && provider.data) {
    const offer = editing === 'new' ? null : editing;
    return (
      <div className="sp-provider">
        <Heading level={1}>{offer ? t('offers.editTitle', { title: offer.title }) : t('offers.newTitle')}</Heading>
        <OfferForm
          offer={offer}
          locations={provider.data.locations}
          routes={routes}
          categories={categories}
          busy={save.isPending}
          onCancel={() => setEditing(null)}
          onSave={(body, onError) =>
            save.mutate(
              { id: offer?.id ?? null, body },
              {
                onSuccess: (saved) => {
                  setEditing(null);
                  setAnnouncement(
                    t(saved.pendingStatus === 'submitted' ? 'offers.done.changesSent' : 'offers.done.saved', {
                      title: saved.title,
                    }),
                  );
                },
                onError,
              },
            )
          }
        />
        {offer && <PictureManager purpose="offer" ownerId={offer.id} />}
        {save.isError && <ErrorMessage error={save.error} />}
      </div>
    );
  }

  return (
    <div className="sp-provider">
      <Heading level={1}>{t('offers.title')}</Heading>
      <Paragraph appearance="lead">{t('offers.intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {announcement}
      </div>
      {mayManage && (
        <Button appearance="primary-action-button" onClick={() => setEditing('new')} disabled={!provider.data}>
          {t('offers.new')}
        </Button>
      )}
      {(offers.isPending || provider.isPending) && <Loading />}
      {offers.isError && <ErrorMessage error={offers.error} />}
      {(status.isError || stock.isError) && <ErrorMessage error={status.error ?? stock.error} />}
      {offers.data?.items.length === 0 && <Paragraph>{t('offers.none')}</Paragraph>}
      {offers.data?.items.map((offer) => (
        <article key={offer.id} aria-labelledby={`offer-${offer.id}`} className="sp-offer-card">
          <Heading level={2} id={`offer-${offer.id}`}>
            {offer.title}
          </Heading>
          <Paragraph>
            {t('offers.statusLabel')}: <strong>{t(`offers.status.${offer.status}`)}</strong>
            {offer.pendingStatus && ` · ${t(`offers.pending.${offer.pendingStatus}`)}`}
          </Paragraph>
          {offer.reviewComment && (
            <Paragraph>
              {t('offers.reviewComment')}: {offer.reviewComment}
            </Paragraph>
          )}
          <Paragraph>
            {t('offers.stockLabel')}: {offer.stockRemaining ?? t('offers.unlimited')}
          </Paragraph>
          {mayManage && (
            <ButtonGroup>
              {offer.status !== 'ended' && offer.status !== 'suspended' && offer.status !== 'submitted' && (
                <Button appearance="secondary-action-button" onClick={() => setEditing(offer)}>
                  {t('offers.edit', { title: offer.title })}
                </Button>
              )}
              {(offer.status === 'draft' || offer.status === 'changes_requested') && (
                <Button appearance="primary-action-button" onClick={() => act(offer, 'submitted')}>
                  {t('offers.submit', { title: offer.title })}
                </Button>
              )}
              {offer.status === 'published' && (
                <Button appearance="secondary-action-button" onClick={() => act(offer, 'paused')}>
                  {t('offers.pause', { title: offer.title })}
                </Button>
              )}
              {offer.status === 'paused' && (
                <Button appearance="secondary-action-button" onClick={() => act(offer, 'published')}>
                  {t('offers.resume', { title: offer.title })}
                </Button>
              )}
              {offer.status !== 'ended' && offer.status !== 'suspended' && (
                <Button appearance="subtle-button" onClick={() => act(offer, 'ended')}>
                  {t('offers.end', { title: offer.title })}
                </Button>
              )}
            </ButtonGroup>
          )}
          {mayManage && (offer.status === 'published' || offer.status === 'paused') && (
            <form
              className="sp-inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                const raw = (stockDrafts[offer.id] ?? '').trim();
                if (raw !== '' && !/^\d+$/.test(raw)) return;
                stock.mutate(
                  { id: offer.id, stockRemaining: raw === '' ? null : Number(raw) },
                  { onSuccess: (o) => setAnnouncement(t('offers.done.stock', { title: o.title })) },
                );
              }}
            >
              <label htmlFor={`stock-${offer.id}`}>{t('offers.stockNew', { title: offer.title })}</label>{' '}
              <input
                id={`stock-${offer.id}`}
                className="utrecht-textbox sp-stock-input"
                inputMode="numeric"
                value={stockDrafts[offer.id] ?? ''}
                onChange={(e) => setStockDrafts((d) => ({ ...d, [offer.id]: e.target.value }))}
              />{' '}
              <Button type="submit" appearance="subtle-button">
                {t('offers.stockSave')}
              </Button>
            </form>
          )}
        </article>
      ))}
    </div>
  );
}
