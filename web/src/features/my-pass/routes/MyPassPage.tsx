import { useState } from 'react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RedemptionTable } from '../../../components/RedemptionTable.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useMyPass, useMyRedemptions } from '../api/me.ts';
import { useDeviceKeys } from '../api/devices.ts';
import { ShowWhenLoaded } from '../../../components/ShowWhenLoaded.tsx';
import { DevicesSection } from '../components/DevicesSection.tsx';
import { ReplacePassSection } from '../components/ReplacePassSection.tsx';
import { keyOf, PassQrCode } from '../components/PassQrCode.tsx';
import { RotatingQrCode } from '../components/RotatingQrCode.tsx';
import { guessDeviceLabel } from '../qr/device-store.ts';
import { CreditExpiryBanner, CreditSection } from '../components/CreditSection.tsx';
import { HouseholdSection } from '../components/HouseholdSection.tsx';
import { RenewalSection } from '../components/RenewalSection.tsx';
import { TasteSection } from '../components/TasteSection.tsx';
import { NewsletterSection } from '../components/NewsletterSection.tsx';

function History() {
  const { t } = useTranslation('my-pass');
  const [page, setPage] = useState(1);
  const history = useMyRedemptions(page);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} />;
  if (history.data.items.length === 0) return <Paragraph>{t('myPass.noHistory')}</Paragraph>;
  return (
    <>
      <RedemptionTable
        rows={history.data.items}
        label={t('myPass.history')}
        party={{ header: t('table.provider'), value: (r) => r.providerName }}
        amountHeader={t('table.paid')}
      />
      <Pager page={history.data.page} onChange={setPage} label={t('myPass.historyPaging')} />
    </>
  );
}

export default function MyPassPage() {
  const { t, i18n } = useTranslation('my-pass');
  usePageTitle(t('myPass.title'));
  const pass = useMyPass();
  const language = i18n.language;
  const device = useDeviceKeys(guessDeviceLabel(t('devices.on')));
  const ownKey = keyOf(device.state);

  return (
    <>
      <Heading level={1}>{t('myPass.title')}</Heading>
      <ShowWhenLoaded>
        <CreditExpiryBanner />
        {pass.isError && <ErrorMessage error={pass.error} />}
        {pass.isError && ownKey?.active && (
          // Offline: the pass could not be read, but this device still makes its codes.
          <section aria-labelledby="offline-pass-heading" className="sp-pass-card">
            <Heading level={2} id="offline-pass-heading">
              {ownKey.holderName} · {ownKey.passNumber}
            </Heading>
            <figure className="sp-qr">
              <RotatingQrCode keyId={ownKey.keyId} secret={ownKey.secret} alt={t('myPass.qrAlt')} />
              <figcaption>
                <Paragraph>{t('qr.offlineNow')}</Paragraph>
              </figcaption>
            </figure>
          </section>
        )}
        {pass.data && (
          <section aria-labelledby="pass-heading" className="sp-pass-card">
            <Heading level={2} id="pass-heading">
              {pass.data.passName}
            </Heading>
            <div className="sp-pass-card__layout">
              <DataList>
                <DataListItem>
                  <DataListKey>{t('myPass.name')}</DataListKey>
                  <DataListValue>{pass.data.holderName}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t('myPass.number')}</DataListKey>
                  <DataListValue className="sp-pass-number">{pass.data.number}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t('myPass.status')}</DataListKey>
                  <DataListValue>{t(`passStatus.${pass.data.status}`)}</DataListValue>
                </DataListItem>
                <DataListItem>
                  <DataListKey>{t('myPass.validity')}</DataListKey>
                  <DataListValue>
                    {t('myPass.validFromUntil', {
                      from: formatDate(pass.data.validFrom, language),
                      until: formatDate(pass.data.validUntil, language),
                    })}
                  </DataListValue>
                </DataListItem>
              </DataList>
              {pass.data.status === 'active' ? (
                <PassQrCode state={device.state} onAddAgain={device.addAgain} />
              ) : (
                <Paragraph>{t('myPass.noQr')}</Paragraph>
              )}
            </div>
            {pass.data.appleWallet && pass.data.status === 'active' && (
              // Only when the operator configured the signing certificate: otherwise there is no button.
              <Paragraph>
                <Link href="/api/v1/me/pass/apple-wallet" download>
                  {t('wallet.add')}
                </Link>
              </Paragraph>
            )}
          </section>
        )}
        {pass.data && <RenewalSection />}
        {pass.data && pass.data.children.length > 0 && (
          <section aria-labelledby="children-heading">
            <Heading level={2} id="children-heading">
              {t('myPass.children')}
            </Heading>
            <TableScroll label={t('myPass.children')}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('myPass.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('myPass.number')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('myPass.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('myPass.validUntil')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {pass.data.children.map((c) => (
                    <TableRow key={c.number}>
                      <TableCell>{c.holderName}</TableCell>
                      <TableCell>{c.number}</TableCell>
                      <TableCell>{t(`passStatus.${c.status}`)}</TableCell>
                      <TableCell>{formatDate(c.validUntil, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            {pass.data.children
              .filter((c) => c.status === 'active')
              .map((c) => (
                <section key={c.number} aria-label={t('qr.childTitle', { name: c.holderName })}>
                  <Heading level={3}>{t('qr.childTitle', { name: c.holderName })}</Heading>
                  <PassQrCode
                    state={device.state}
                    passNumber={c.number}
                    holderName={c.holderName}
                    onAddAgain={device.addAgain}
                  />
                </section>
              ))}
          </section>
        )}
        {pass.data && <HouseholdSection />}
        {pass.data && (
          <ReplacePassSection
            passes={[
              ...(pass.data.status === 'active' || pass.data.status === 'blocked'
                ? [{ number: pass.data.number, holderName: pass.data.holderName }]
                : []),
              ...pass.data.children
                .filter((c) => c.status === 'active' || c.status === 'blocked')
                .map((c) => ({ number: c.number, holderName: c.holderName })),
            ]}
            onReplaced={(reason) => (reason === 'phone_lost' ? device.addAgain() : device.refresh())}
          />
        )}
        <DevicesSection
          currentDeviceId={device.state.kind === 'ready' ? device.state.device.deviceId : undefined}
          onRemovedCurrent={device.markRemoved}
        />
        <CreditSection />
        {pass.data && <TasteSection />}
        {pass.data && <NewsletterSection />}
        <section aria-labelledby="history-heading">
          <Heading level={2} id="history-heading">
            {t('myPass.history')}
          </Heading>
          <History />
        </section>
      </ShowWhenLoaded>
    </>
  );
}
