import { defineProblems } from '../../shared/errors.ts';

/** The passes module's problem codes: status, and the title in English and Dutch (B1). */
export const passesProblems = defineProblems({
  'pass-not-found': { status: 404, title: { en: 'Pass not found', nl: 'Pas niet gevonden' } },
  'pass-number-invalid': { status: 400, title: { en: 'Pass number is not valid', nl: 'Dit pasnummer klopt niet' } },
  'pass-blocked': { status: 409, title: { en: 'Pass is blocked', nl: 'Deze pas is geblokkeerd' } },
  'pass-expired': { status: 409, title: { en: 'Pass has expired', nl: 'Deze pas is verlopen' } },
  'pass-lapsed': {
    status: 409,
    title: { en: 'Pass is no longer valid', nl: 'Deze pas is niet meer geldig' },
  },
  'pass-replaced': {
    status: 409,
    title: { en: 'Pass was replaced by a new pass', nl: 'Deze pas is vervangen door een nieuwe pas' },
  },
  'pass-not-replaceable': {
    status: 409,
    title: { en: 'Pass cannot be replaced', nl: 'Deze pas kan niet vervangen worden' },
  },
  'qr-code-expired': {
    status: 400,
    title: { en: 'QR code is too old', nl: 'Deze QR-code is te oud' },
  },
  'qr-code-revoked': {
    status: 400,
    title: { en: 'QR code comes from a removed device', nl: 'Deze QR-code komt van een verwijderd apparaat' },
  },
  'device-not-found': { status: 404, title: { en: 'Device not found', nl: 'Apparaat niet gevonden' } },
  'too-many-devices': {
    status: 409,
    title: { en: 'Too many devices with this pass', nl: 'Te veel apparaten met deze pas' },
  },
  'pass-renewal-free-pass': {
    status: 409,
    title: {
      en: 'A free pass is renewed by a new application or import',
      nl: 'Een gratis pas verlengt u met een nieuwe aanvraag',
    },
  },
  'pass-renewal-too-early': {
    status: 409,
    title: { en: 'This pass cannot be renewed yet', nl: 'Deze pas kunt u nog niet verlengen' },
  },
  'pass-renewal-not-found': { status: 404, title: { en: 'Renewal not found', nl: 'Verlenging niet gevonden' } },
  'household-partner-exists': {
    status: 409,
    title: { en: 'There already is a partner in the household', nl: 'Er is al een partner in het huishouden' },
  },
  'household-invitation-not-found': {
    status: 404,
    title: { en: 'Invitation not found', nl: 'Uitnodiging niet gevonden' },
  },
  'apple-wallet-not-configured': {
    status: 404,
    title: { en: 'Apple Wallet is not available here', nl: 'Apple Wallet is hier niet beschikbaar' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof passesProblems, true> {}
}
