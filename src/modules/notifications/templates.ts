import { formatDutchDate } from '../../shared/dutch-date.ts';

/**
 * The kinds of message the platform writes to residents, each with a built-in text in B1 Dutch.
 * A municipality may replace subject and text with its own (`message_templates`, through
 * `PUT /message-templates/{key}`). Placeholders are `{{name}}`; every template knows `{{naam}}`,
 * `{{pasnaam}}`, `{{gemeente}}` and `{{datum}}` (today, as "8 december 2026"), and some more
 * (listed per template). Dates are always written the Dutch way.
 */
export interface TemplateDefinition {
  subject: string;
  body: string;
  /** The placeholders this template gets besides the common ones. */
  placeholders: readonly string[];
  /** What it is for, for the pass organisation. */
  description: string;
}

export const COMMON_PLACEHOLDERS = ['naam', 'pasnaam', 'gemeente', 'datum'] as const;

export const TEMPLATES = {
  'card-sent': {
    description: 'De pas van plastic is met de post verstuurd.',
    placeholders: ['pasnummer'],
    subject: 'Uw {{pasnaam}} van plastic is onderweg',
    body:
      'Beste {{naam}},\n\n' +
      'Op {{datum}} hebben we uw {{pasnaam}} van plastic met de post verstuurd. Het pasnummer is {{pasnummer}}.\n\n' +
      'U kunt de pas meteen gebruiken. Laat aan de kassa de QR-code op de pas scannen. ' +
      'Uw oude pas van plastic werkt niet meer zodra u de nieuwe gebruikt.\n\n' +
      'Is de pas na een week nog niet bij u? Neem dan contact met ons op.\n\n' +
      'Met vriendelijke groet,\nHet team van de {{pasnaam}}\n{{gemeente}}',
  },
  'erasure-requested': {
    description: 'De inwoner heeft gevraagd om zijn gegevens te wissen.',
    placeholders: [],
    subject: 'We hebben uw verzoek ontvangen',
    body:
      'Beste {{naam}},\n\n' +
      'Op {{datum}} vroeg u ons om uw gegevens te wissen. We hebben uw verzoek ontvangen.\n\n' +
      'Binnen een maand wissen we uw gegevens. Daarna werkt uw pas niet meer. ' +
      'Bedragen in onze boekhouding blijven bestaan, maar zonder uw naam.\n\n' +
      'Wilt u dit toch niet? Neem dan contact met ons op.\n\n' +
      'Met vriendelijke groet,\nHet team van de {{pasnaam}}\n{{gemeente}}',
  },
} as const satisfies Record<string, TemplateDefinition>;

export type TemplateKey = keyof typeof TEMPLATES;

export const isTemplateKey = (key: string): key is TemplateKey => Object.hasOwn(TEMPLATES, key);

/** Fills in `{{placeholder}}`s; an unknown placeholder stays as it is, so a typo shows in the proof. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders in a text that the template does not know. */
export function unknownPlaceholders(key: TemplateKey, text: string): string[] {
  const known = new Set<string>([...COMMON_PLACEHOLDERS, ...TEMPLATES[key].placeholders]);
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}

/** Example values of the templates' own placeholders, for the proof in Beheer. */
export const PREVIEW_EXAMPLES: Record<string, string> = { pasnummer: '6012 3456 7890 1' };

/** The common placeholders' values for a municipality, today. */
export function commonValues(tenant: { name: string; pass_name: string }, name: string, now: Date) {
  return { naam: name, pasnaam: tenant.pass_name, gemeente: tenant.name, datum: formatDutchDate(now) };
}
