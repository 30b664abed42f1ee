import { PKPass } from 'passkit-generator';
import sharp from 'sharp';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { formatPassNumber } from './pass-number.ts';
import type { WalletConfig } from './wallet-config.ts';

/**
 * Apple Wallet (issue 14, item 4). A `.pkpass` of a pass, built with passkit-generator and signed
 * with the certificate the operator configures (`wallet-config.ts`, read into `Config.appleWallet`).
 * Without it the feature is off: "Mijn pas" hides the button and the endpoint answers 404
 * `apple-wallet-not-configured`.
 *
 * Wallet cannot compute our rotating QR codes (it shows a fixed barcode; updating it needs Apple's
 * push service), so the barcode carries the pass number, which every till accepts, as the
 * printable pass does. Nothing on the pass says the holder's category.
 */
export type { WalletConfig };

let icons: Promise<Record<string, Buffer>> | undefined;

/** The pass's icons: a plain square in the platform's colour (a municipality may bring its own later). */
function walletIcons() {
  icons ??= Promise.all(
    [29, 58, 87].map((size) =>
      sharp({ create: { width: size, height: size, channels: 4, background: '#154273' } })
        .png()
        .toBuffer(),
    ),
  ).then(([one, two, three]) => ({ 'icon.png': one!, 'icon@2x.png': two!, 'icon@3x.png': three! }));
  return icons;
}

export interface WalletPassInput {
  tenantId: string;
  passName: string;
  number: string;
  holderName: string;
  validUntil: string;
  /** The last day a till accepts it (after the grace period): Wallet greys the pass out after it. */
  lastDay: string;
  publicUrl: string;
}

/** The signed `.pkpass` archive of one pass. */
export async function buildWalletPass(config: WalletConfig, input: WalletPassInput): Promise<Buffer> {
  const pass = new PKPass(await walletIcons(), config.certificates, {
    formatVersion: 1,
    passTypeIdentifier: config.passTypeIdentifier,
    teamIdentifier: config.teamIdentifier,
    serialNumber: `${input.tenantId}-${input.number}`,
    organizationName: input.passName,
    description: input.passName,
    logoText: input.passName,
    foregroundColor: 'rgb(255, 255, 255)',
    backgroundColor: 'rgb(21, 66, 115)',
    labelColor: 'rgb(255, 255, 255)',
  });
  pass.type = 'storeCard';
  pass.primaryFields.push({ key: 'holder', label: 'Naam', value: input.holderName });
  pass.secondaryFields.push(
    { key: 'number', label: 'Pasnummer', value: formatPassNumber(input.number) },
    { key: 'validUntil', label: 'Geldig tot en met', value: formatDutchDate(input.validUntil) },
  );
  pass.backFields.push({
    key: 'help',
    label: 'Hulp',
    value: `Kwijt of kapot? Blokkeer de pas op ${input.publicUrl.replace(/\/$/, '')}/mijn-pas.`,
  });
  pass.setBarcodes({
    message: input.number,
    format: 'PKBarcodeFormatQR',
    messageEncoding: 'iso-8859-1',
    altText: formatPassNumber(input.number),
  });
  pass.setExpirationDate(new Date(`${input.lastDay}T23:59:59+01:00`));
  return pass.getAsBuffer();
}
