import { defineProblems } from '../../shared/errors.ts';

/** The identity module's problem codes: status, and the title in English and Dutch (B1). */
export const identityProblems = defineProblems({
  'invalid-credentials': {
    status: 401,
    title: { en: 'E-mail address or password is wrong', nl: 'E-mailadres of wachtwoord klopt niet' },
  },
  'login-link-invalid': {
    status: 400,
    title: { en: 'Login link is invalid or expired', nl: 'De inloglink klopt niet of is verlopen' },
  },
  'email-in-use': {
    status: 409,
    title: {
      en: 'This e-mail address is already known; log in first',
      nl: 'Dit e-mailadres is al bekend. Log eerst in',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof identityProblems, true> {}
}
