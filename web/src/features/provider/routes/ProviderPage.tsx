import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProviderRedemptions } from '../../../components/ProviderRedemptions.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { hasPermission, useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useProvider } from '../api/provider.ts';
import '../provider.css';
import { BankAccountForm } from '../components/BankAccountForm.tsx';
import { ProviderSettlements } from '../components/ProviderSettlements.tsx';
import { ProviderProfile } from '../components/ProviderProfile.tsx';
import { PictureManager } from '../components/PictureManager.tsx';
import { TillSettingsForm } from '../components/TillSettingsForm.tsx';

/** "Mijn organisatie": the provider's profile, locations and redemptions, for its staff. */
export default function ProviderPage() {
  const { t } = useTranslation('provider');
  usePageTitle(t('provider.title'));
  const session = useSession();
  const providerId = session.data?.providerId ?? null;
  const provider = useProvider(providerId);
  const may = (permission: string) => hasPermission(session.data, permission);

  return (
    <div className="sp-provider">
      <Heading level={1}>{t('provider.title')}</Heading>
      {provider.isPending && <Loading />}
      {provider.isError && <ErrorMessage error={provider.error} />}
      {provider.data && (
        <>
          <Paragraph appearance="lead">{t('provider.intro', { name: provider.data.name })}</Paragraph>
          <ProviderProfile provider={provider.data} />
          <PictureManager purpose="provider" ownerId={provider.data.id} />
        </>
      )}

      <section aria-labelledby="provider-redemptions-heading">
        <Heading level={2} id="provider-redemptions-heading">
          {t('provider.redemptions')}
        </Heading>
        <Paragraph>{t('provider.redemptionsIntro')}</Paragraph>
        <ProviderRedemptions queryKey={['provider', providerId, 'redemptions']} label={t('provider.redemptions')} />
      </section>

      {providerId && may('provider.bankAccount.manage') && (
        <section aria-labelledby="provider-bank-heading">
          <Heading level={2} id="provider-bank-heading">
            {t('payouts.bank.title')}
          </Heading>
          <Paragraph>{t('payouts.bank.intro')}</Paragraph>
          <BankAccountForm providerId={providerId} />
        </section>
      )}
      {providerId && may('provider.settlements.read') && (
        <section aria-labelledby="provider-settlements-heading">
          <Heading level={2} id="provider-settlements-heading">
            {t('payouts.provider.title')}
          </Heading>
          <Paragraph>{t('payouts.provider.intro')}</Paragraph>
          <ProviderSettlements providerId={providerId} />
        </section>
      )}

      {providerId && may('provider.tillSettings.manage') && (
        <section aria-labelledby="provider-till-heading">
          <Heading level={2} id="provider-till-heading">
            {t('tillSettings.title')}
          </Heading>
          <TillSettingsForm providerId={providerId} />
        </section>
      )}

      {may('provider.tokens.manage') && (
        <section aria-labelledby="provider-connections-heading">
          <Heading level={2} id="provider-connections-heading">
            {t('apiTokens.title')}
          </Heading>
          <Paragraph>{t('apiTokens.intro')}</Paragraph>
          <Paragraph>
            <RouterLink to="/aanbieder/koppelingen">{t('provider.manageConnections')}</RouterLink>
          </Paragraph>
        </section>
      )}
    </div>
  );
}
