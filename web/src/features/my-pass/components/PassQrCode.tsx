import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { toBase64 } from '../../../lib/format.ts';
import { usePassQr } from '../api/me.ts';

/** The SVG from the server is shown as an image, never put into the page as markup. */
export function PassQrCode() {
  const { t } = useTranslation('my-pass');
  const qr = usePassQr(true);
  if (qr.isPending) return <Loading />;
  if (qr.isError) return <ErrorMessage error={qr.error} />;
  return (
    <figure className="sp-qr">
      <img
        className="sp-qr__image"
        src={`data:image/svg+xml;base64,${toBase64(qr.data.svg)}`}
        alt={t('myPass.qrAlt')}
        width={240}
        height={240}
      />
      <figcaption>
        <Paragraph>{t('myPass.qrHelp')}</Paragraph>
      </figcaption>
    </figure>
  );
}
