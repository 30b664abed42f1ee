import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useUnsubscribe } from '../api/newsletter.ts';

/** The unsubscribe link of a newsletter: one click on the button, and no more newsletters. */
export default function UnsubscribePage() {
  const { t } = useTranslation('newsletter');
  usePageTitle(t('unsubscribe.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  return (
    <>
      <Heading level={1}>{t('unsubscribe.title')}</Heading>
      {unsubscribe.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('unsubscribe.done')}</Paragraph>
          <Paragraph>
            <RouterLink to="/nieuwsbrief">{t('unsubscribe.again')}</RouterLink>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('unsubscribe.intro')}</Paragraph>
          <Button
            appearance="primary-action-button"
            busy={unsubscribe.isPending}
            disabled={unsubscribe.isPending || !token}
            onClick={() => unsubscribe.mutate(token)}
          >
            {t('unsubscribe.button')}
          </Button>
          {unsubscribe.isError && <ErrorMessage error={unsubscribe.error} />}
        </>
      )}
    </>
  );
}
