import { useTranslation } from 'react-i18next';
import { ProviderRedemptions } from '../../../components/ProviderRedemptions.tsx';

/** The till's list; its query key sits under ['till'], so booking or cancelling refreshes it. */
export function RecentRedemptions() {
  const { t } = useTranslation('till');
  return <ProviderRedemptions queryKey={['till', 'redemptions']} label={t('till.recent')} />;
}
