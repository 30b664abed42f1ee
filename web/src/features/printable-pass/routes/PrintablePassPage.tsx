import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { API_BASE, api, ok } from '../../../lib/api/client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

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
      </section>
    </>
  );
}
