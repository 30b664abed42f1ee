import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { API_BASE, api, ok } from '../../../lib/api/client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

/** The resident's plastic cards, and activating one that arrived. */
function MyCards() {
  const { t } = useTranslation('printable-pass');
  const queryClient = useQueryClient();
  const cards = useQuery({ queryKey: ['my-cards'], queryFn: ({ signal }) => ok(api.GET('/me/cards', { signal })) });
  const activate = useMutation({
    mutationFn: (cardId: string) => ok(api.POST('/me/cards/{cardId}/activation', { params: { path: { cardId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-cards'] }),
  });
  if (!cards.data || cards.data.items.length === 0) return null;
  return (
    <>
      <Heading level={3}>{t('print.myCards')}</Heading>
      <ul>
        {cards.data.items.map((card) => (
          <li key={card.id}>
            {t('print.cardLine', { number: card.passNumber, status: t(`print.status.${card.status}`) })}{' '}
            {card.status === 'sent' && (
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={activate.isPending}
                onClick={() => activate.mutate(card.id)}
              >
                {t('print.activate', { number: card.passNumber })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite">
        {activate.isSuccess ? t('print.activated') : ''}
      </div>
      {activate.isError && <ErrorMessage error={activate.error} />}
    </>
  );
}

/** /mijn-pas/afdrukken: the pass on paper, for a till when the phone is flat or for who has none. */
export default function PrintablePassPage() {
  const { t, i18n } = useTranslation('printable-pass');
  usePageTitle(t('print.title'));
  const request = useMutation({ mutationFn: () => ok(api.POST('/me/card-requests')) });
  const language = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'].includes(i18n.language) ? i18n.language : 'nl';
  return (
    <>
      <Heading level={1}>{t('print.title')}</Heading>
      <Paragraph appearance="lead">{t('print.intro')}</Paragraph>
      <Paragraph>{t('print.how')}</Paragraph>
      <Paragraph>
        <Link href={`${API_BASE}/me/printable-pass?language=${language}`} download>
          {t('print.download')}
        </Link>
      </Paragraph>
      {language === 'ar' && <Paragraph>{t('print.languageNote')}</Paragraph>}
      <section aria-labelledby="card-heading">
        <Heading level={2} id="card-heading">
          {t('print.cardTitle')}
        </Heading>
        <Paragraph>{t('print.cardIntro')}</Paragraph>
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={request.isPending}
          disabled={request.isPending || request.isSuccess}
          onClick={() => request.mutate()}
        >
          {t('print.cardRequest')}
        </Button>
        <div role="status" aria-live="polite">
          {request.isSuccess ? t('print.cardRequested') : ''}
        </div>
        {request.isError && <ErrorMessage error={request.error} />}
        <MyCards />
      </section>
    </>
  );
}
