import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { hasPermission, useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCreateNeed, useLeadFromNeed, useNeeds } from '../api/feedback-admin.ts';
import { Figure } from '../components/Figure.tsx';

/** "Behoeften": the groslijst: each need, how many answers name it, the offers that meet it and the wijken where none does. */
export default function NeedsPage() {
  const { t } = useTranslation('feedback-admin');
  usePageTitle(t('needs.title'));
  const needs = useNeeds();
  const create = useCreateNeed();
  const toBoard = useLeadFromNeed();
  // Putting a need on the recruitment board is for the pass organisation; a beleidsmedewerker reads.
  const canManage = hasPermission(useSession().data, 'surveys.manage');
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ title: title.trim(), description: '' }, { onSuccess: () => setTitle('') });
  };
  return (
    <>
      <Heading level={1}>{t('needs.title')}</Heading>
      <Paragraph>{t('needs.intro')}</Paragraph>
      {needs.isPending && <Loading />}
      {needs.isError && <ErrorMessage error={needs.error} />}
      {needs.data?.items.map((need) => (
        <section key={need.id} className="sp-card" aria-labelledby={`need-${need.id}`}>
          <Heading level={2} id={`need-${need.id}`}>
            {need.title}
          </Heading>
          <Paragraph>
            {t('needs.answers')}: <Figure figure={need.answers} />
          </Paragraph>
          <Paragraph>
            {t('needs.offers')}:{' '}
            {need.offers.length === 0 ? t('needs.noOffers') : need.offers.map((o) => o.title).join(', ')}
          </Paragraph>
          <Paragraph>
            {t('needs.without')}:{' '}
            {need.wijkenWithoutOffer.length === 0
              ? t('needs.everywhere')
              : need.wijkenWithoutOffer.map((w) => w.name).join(', ')}
          </Paragraph>
          <div role="status">
            {need.recruitmentLeadId && (
              <Paragraph>
                {t('needs.onBoard')} <RouterLink to="/beheer/werving">{t('needs.boardLink')}</RouterLink>
              </Paragraph>
            )}
          </div>
          {canManage && !need.recruitmentLeadId && (
            <>
              <Button
                appearance="secondary-action-button"
                aria-label={t('needs.toBoardLabel', { need: need.title })}
                busy={toBoard.isPending && toBoard.variables === need.id}
                disabled={toBoard.isPending && toBoard.variables === need.id}
                onClick={() => toBoard.mutate(need.id)}
              >
                {t('needs.toBoard')}
              </Button>
              {toBoard.isError && toBoard.variables === need.id && <ErrorMessage error={toBoard.error} />}
            </>
          )}
        </section>
      ))}
      <Heading level={2}>{t('needs.new')}</Heading>
      <form onSubmit={submit} className="sp-form">
        <Field id="need-title" label={t('needs.name')}>
          <Textbox id="need-title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={create.isPending}>
          {t('needs.add')}
        </Button>
        {create.isError && <ErrorMessage error={create.error} />}
      </form>
    </>
  );
}
