import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { toBase64 } from '../../../lib/format.ts';
import { qrTokenAt } from '../qr/qr-token.ts';

/**
 * A pass's QR code, computed on this device from its key every 30 seconds: no connection needed.
 * The SVG is shown as an image, never put into the page as markup.
 */
export function RotatingQrCode({ keyId, secret, alt }: { keyId: string; secret: string; alt: string }) {
  const { t } = useTranslation('my-pass');
  const [qr, setQr] = useState<{ svg: string; token: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const draw = async () => {
      try {
        const { token, nextAt } = await qrTokenAt(keyId, secret);
        const image = await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
        if (stopped) return;
        setQr({ svg: image, token });
        timer = setTimeout(() => void draw(), Math.max(250, nextAt - Date.now() + 50));
      } catch {
        if (!stopped) setFailed(true);
      }
    };
    void draw();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [keyId, secret]);

  if (failed) return <Paragraph>{t('qr.failed')}</Paragraph>;
  if (qr === null) return <Loading />;
  return (
    <img
      className="sp-qr__image"
      src={`data:image/svg+xml;base64,${toBase64(qr.svg)}`}
      alt={alt}
      width={240}
      height={240}
      // The code as text too: what a till's scanner reads (tests read it here).
      data-qr-token={qr.token}
    />
  );
}
