import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useConfirm } from '../api/newsletter.ts';

/**
 * The confirmation link's page. It confirms only when the person presses the button, so a mail
 * program that opens links to check them does not subscribe anyone.
 */
export default function ConfirmPage() {
  const { t } = useTranslation('newsletter');
  usePageTitle(t('confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirm();
  return (
    <>
      <Heading level={1}>{t('confirm.title')}</Heading>
      {confirm.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('confirm.done')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('confirm.intro')}</Paragraph>
          <Button
            appearance="primary-action-button"
            busy={confirm.isPending}
            disabled={confirm.isPending || !token}
            onClick={() => confirm.mutate(token)}
          >
            {t('confirm.button')}
          </Button>
          {confirm.isError && <ErrorMessage error={confirm.error} />}
        </>
      )}
    </>
  );
}
