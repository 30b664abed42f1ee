import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { Depot } from '../components/Depot.tsx';
import { InfoPagesAdmin } from '../components/InfoPagesAdmin.tsx';
import { ModerationQueue } from '../components/ModerationQueue.tsx';
import { SharedNeeds, Spaces } from '../components/SpacesAndNeeds.tsx';
import '../volunteering-admin.css';

/** /beheer/vrijwilligers: the pass organisation's side of the volunteers' platform. */
export default function VolunteeringAdminPage() {
  const { t } = useTranslation('volunteering-admin');
  usePageTitle(t('admin.title'));
  return (
    <div className="sp-volunteering">
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph appearance="lead">{t('admin.intro')}</Paragraph>
      <ModerationQueue />
      <InfoPagesAdmin />
      <Depot mode="depot" />
      <Spaces mode="depot" />
      <SharedNeeds mode="depot" />
    </div>
  );
}
