import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import type { DeviceState } from '../api/devices.ts';
import type { StoredKey } from '../qr/device-store.ts';
import { RotatingQrCode } from './RotatingQrCode.tsx';

/** The key of a pass on this device, by its (formatted) number; the holder's own pass without one. */
export function keyOf(state: DeviceState, passNumber?: string): StoredKey | undefined {
  if (state.kind !== 'ready') return undefined;
  return state.device.keys.find((k) => (passNumber === undefined ? k.own : k.passNumber === passNumber));
}

/** The QR code of a pass, computed on this device; or why there is none, and how to get it. */
export function PassQrCode({
  state,
  passNumber,
  holderName,
  onAddAgain,
}: {
  state: DeviceState;
  passNumber?: string;
  holderName?: string;
  onAddAgain: () => void;
}) {
  const { t } = useTranslation('my-pass');
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') return <ErrorMessage error={state.error} />;
  if (state.kind === 'removed')
    return (
      <div className="sp-qr">
        <Paragraph>{t('qr.removed')}</Paragraph>
        <Button appearance="secondary-action-button" onClick={onAddAgain}>
          {t('qr.addAgain')}
        </Button>
      </div>
    );
  const key = keyOf(state, passNumber);
  if (!key) return <Paragraph>{t('qr.notYet')}</Paragraph>;
  const name = holderName ?? key.holderName;
  return (
    <figure className="sp-qr">
      <RotatingQrCode
        keyId={key.keyId}
        secret={key.secret}
        alt={key.own ? t('myPass.qrAlt') : t('qr.childAlt', { name })}
      />
      <figcaption>
        <Paragraph>{t('myPass.qrHelp')}</Paragraph>
        <Paragraph>{state.offline ? t('qr.offlineNow') : t('qr.worksOffline')}</Paragraph>
      </figcaption>
    </figure>
  );
}
