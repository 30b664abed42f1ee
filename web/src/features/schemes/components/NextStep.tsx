import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { Link } from '@utrecht/component-library-react';

interface Step {
  route: 'online_form' | 'through_person' | 'no_application';
  url: string | null;
  person: string | null;
  where: string;
  contact: string;
}

/** What to do next for a scheme: the form to fill in, the person to go to, or that no application is needed. */
export function NextStep({ step, title }: { step: Step; title: string }) {
  const { t } = useTranslation('schemes');
  return (
    <>
      {step.route === 'online_form' && step.url && (
        <Paragraph>
          {step.url.startsWith('/') ? (
            <RouterLink to={step.url}>{t('nextStep.applyOnline', { title })}</RouterLink>
          ) : (
            <Link href={step.url}>{t('nextStep.applyOnline', { title })}</Link>
          )}
        </Paragraph>
      )}
      {step.route === 'through_person' && <Paragraph>{t('nextStep.throughPerson', { person: step.person })}</Paragraph>}
      {step.route === 'no_application' && <Paragraph>{t('nextStep.noApplication', { person: step.person })}</Paragraph>}
      {step.where && <Paragraph>{step.where}</Paragraph>}
      {step.contact && <Paragraph>{t('nextStep.contact', { contact: step.contact })}</Paragraph>}
    </>
  );
}
