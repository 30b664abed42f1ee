import type { SchemeRow } from './schemes.repository.ts';

const TEXTS = {
  nl: {
    subject: 'Uw uitkomst van de check: regelingen die bij u passen',
    intro: 'U deed de check op de website van de Zaanse Pas. Deze regelingen passen misschien bij u:',
    none: 'Uit de check kwam geen regeling. Vraag het wijkteam of er toch iets voor u is.',
    online: (url: string) => `Vraag aan via: ${url}`,
    person: (who: string) => `Vraag aan via: ${who}`,
    discretion: (who: string) => `U hoeft niets aan te vragen. Dit beslist: ${who}`,
    more: 'Meer over deze regeling',
    contact: 'Contact',
    footer: 'Wij hebben uw antwoorden niet bewaard. Dit e-mailadres gebruiken wij alleen voor dit bericht.',
  },
  en: {
    subject: 'Your check result: schemes that may suit you',
    intro: 'You did the check on the Zaanse Pas website. These schemes may suit you:',
    none: 'The check found no scheme. Ask the wijkteam whether there is something for you after all.',
    online: (url: string) => `Apply at: ${url}`,
    person: (who: string) => `Apply through: ${who}`,
    discretion: (who: string) => `No application needed. Decided by: ${who}`,
    more: 'More about this scheme',
    contact: 'Contact',
    footer: 'We did not store your answers. We use this e-mail address for this message only.',
  },
} as const;

/** The e-mail with the check's result: each scheme with its next step and a link to its page. */
export function checkEmail(found: SchemeRow[], language: 'nl' | 'en', publicUrl: string) {
  const t = TEXTS[language];
  const absolute = (url: string) => (url.startsWith('/') ? `${publicUrl}${url}` : url);
  const blocks = found.map((s) => {
    const step =
      s.apply_route === 'online_form'
        ? t.online(absolute(s.apply_url ?? ''))
        : s.apply_route === 'through_person'
          ? t.person(s.apply_person ?? '')
          : t.discretion(s.apply_person ?? '');
    return [
      `* ${s.title}`,
      `  ${s.summary}`,
      `  ${step}`,
      ...(s.contact ? [`  ${t.contact}: ${s.contact}`] : []),
      `  ${t.more}: ${publicUrl}/regelingen/${s.slug}`,
    ].join('\n');
  });
  const body = [t.intro, '', ...(blocks.length ? blocks : [t.none]), '', t.footer].join('\n');
  return { subject: t.subject, bodyText: body };
}
