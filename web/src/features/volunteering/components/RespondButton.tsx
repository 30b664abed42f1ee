import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { hasPermission, useSession } from '../../../lib/session.ts';
import { usePropose } from '../api/volunteering.ts';

/** "I want to help": a resident responds to a vacancy or help request; others are told how to. */
export function RespondButton({
  about,
  title,
}: {
  about: { vacancyId: string } | { helpRequestId: string };
  title: string;
}) {
  const { t } = useTranslation('volunteering');
  const session = useSession();
  const propose = usePropose();
  if (!hasPermission(session.data, 'volunteerProfile.own'))
    return (
      <Paragraph>
        <RouterLink to="/vrijwilligers/mijn-profiel">{t('respond.loginFirst')}</RouterLink>
      </Paragraph>
    );
  if (propose.isSuccess) return <Paragraph role="status">{t('respond.sent')}</Paragraph>;
  return (
    <>
      <Button
        appearance="secondary-action-button"
        busy={propose.isPending}
        aria-label={t('respond.labelFor', { title })}
        onClick={() => propose.mutate(about)}
      >
        {t('respond.button')}
      </Button>
      {propose.isError && <ErrorMessage error={propose.error} />}
    </>
  );
}
