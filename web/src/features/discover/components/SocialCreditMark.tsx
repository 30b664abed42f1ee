import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSocialCredits } from '../api/discover.ts';
import './social-credit.css';

/**
 * The "sociale credits" mark on a provider's public page, with why it has it and a link to the
 * page that explains the mark. Shows nothing while loading, on an error or without the mark.
 */
export function SocialCreditMark({ providerId }: { providerId: string }) {
  const { t } = useTranslation('discover');
  const credits = useSocialCredits();
  const mine = credits.data?.items.find((c) => c.providerId === providerId);
  if (!mine) return null;
  return (
    <Paragraph className="sp-social-credit">
      <span className="sp-social-credit__badge">{t('socialCredits.mark')}</span>{' '}
      {mine.reasons.map((r) => t(`socialCredits.reason.${r}`)).join(' ')}{' '}
      <RouterLink to="/sociale-credits">{t('socialCredits.whatIsIt')}</RouterLink>
    </Paragraph>
  );
}
