import type { DEMO_SCHEMES } from './schemes.demo-data.ts';

type Demo = (typeof DEMO_SCHEMES)[number];

const GEMEENTE = 'Gemeente Zaanstad';
const initiative = (d: Omit<Demo, 'audience' | 'providerKind' | 'themes' | 'lifeEvents'> & Partial<Demo>): Demo => ({
  audience: 'initiatives',
  providerKind: 'municipality',
  providerName: GEMEENTE,
  themes: ['volunteering'],
  lifeEvents: [],
  ...d,
});

/**
 * The budgets open to volunteer initiatives, with their routes and amounts: the appendix of seed
 * 002, figures of 2015 (SEED-NOTES, issue 13).
 */
export const DEMO_BUDGETS: Demo[] = [
  initiative({
    slug: 'subsidie-vrijwilligersactiviteiten',
    title: 'Subsidie vrijwilligersactiviteiten',
    summary: 'Subsidie voor activiteiten die vrijwilligers organiseren voor de buurt.',
    amounts: 'Totaal budget €195.415 (2015).',
    applyRoute: 'online_form',
    applyUrl: 'https://www.zaanstad.nl/subsidies',
    applyWhere: 'Met het subsidieformulier van de gemeente.',
  }),
  initiative({
    slug: 'stimuleringsbudget',
    title: 'Stimuleringsbudget',
    summary: 'Een bijdrage voor een goed idee in uw wijk, snel en zonder veel papier.',
    criteria: 'De wijkmanagers beoordelen het idee op zes criteria, in hun wekelijkse overleg.',
    amounts: 'Totaal budget €300.000 (2015).',
    applyRoute: 'through_person',
    applyPerson: 'De wijkmanager van uw wijk',
    applyWhere: 'Bespreek uw idee met de wijkmanager.',
    themes: ['volunteering', 'neighbourhood'],
  }),
  initiative({
    slug: 'aanvullend-budget',
    title: 'Aanvullend budget',
    summary: 'Extra geld dat de wijkmanager inzet waar het nodig is.',
    amounts: 'Totaal budget €100.000 (2015).',
    applyRoute: 'no_application',
    applyPerson: 'De wijkmanager beslist',
    applyWhere: 'U vraagt dit niet aan; de wijkmanager beslist.',
    themes: ['volunteering', 'neighbourhood'],
  }),
  initiative({
    slug: 'ondersteuning-buurthuizen',
    title: 'Ondersteuning buurthuizen',
    summary: 'Steun voor buurthuizen die door vrijwilligers worden gerund.',
    amounts: 'Totaal budget €400.000 (2015).',
    applyRoute: 'online_form',
    applyUrl: 'https://www.zaanstad.nl/subsidies',
    applyWhere: 'Met het subsidieformulier van de gemeente.',
    themes: ['volunteering', 'neighbourhood'],
  }),
  initiative({
    slug: 'cultuursubsidie-evenementen',
    title: 'Cultuursubsidie evenementen',
    summary: 'Subsidie voor culturele evenementen, onder de Subsidieregeling Evenementen Zaanstad.',
    amounts: 'Totaal budget €35.500 (2015).',
    applyRoute: 'through_person',
    applyPerson: 'De gemeente (volgens de Subsidieregeling Evenementen Zaanstad)',
    applyWhere: 'Hoe u aanvraagt staat niet in het plan; vraag het de gemeente.',
    themes: ['volunteering', 'sport-culture'],
  }),
  initiative({
    slug: 'cultuursubsidie-activiteiten',
    title: 'Cultuursubsidie activiteiten',
    summary: 'Subsidie voor culturele activiteiten van vrijwilligers.',
    amounts: 'Totaal budget €88.000 (2015).',
    applyRoute: 'online_form',
    applyUrl: 'https://www.zaanstad.nl/subsidies',
    applyWhere: 'Met het subsidieformulier van de gemeente.',
    themes: ['volunteering', 'sport-culture'],
  }),
  initiative({
    slug: 'stad-aan-de-zaan',
    title: 'Stad aan de Zaan',
    summary: 'Budget voor initiatieven die bijdragen aan Stad aan de Zaan.',
    amounts: 'Totaal budget €30.000 (2015).',
    applyRoute: 'through_person',
    applyPerson: 'De projectgroep Stad aan de Zaan, per e-mail',
    applyWhere: 'Stuur een e-mail aan de projectgroep.',
    contact: 'projectgroep Stad aan de Zaan: stadaandezaan@zaanstad.demo',
  }),
  initiative({
    slug: 'budgetten-sociale-wijkteams',
    title: 'Budgetten van de sociale wijkteams',
    summary: 'De sociale wijkteams hebben budget voor initiatieven in hun wijk.',
    amounts: 'Het bedrag is niet bekend.',
    applyRoute: 'through_person',
    applyPerson: 'Het sociale wijkteam',
    applyWhere: 'Via het sociale wijkteam in uw wijk.',
    providerKind: 'wijkteam',
    providerName: 'Sociale wijkteams Zaanstad',
    themes: ['volunteering', 'neighbourhood'],
  }),
  initiative({
    slug: 'crowdfunding-en-sponsoring',
    title: 'Crowdfunding en sponsoring',
    summary: 'Geld van buiten de gemeente: sponsors uit de buurt of een crowdfundingactie.',
    amounts: 'Hangt af van uw actie.',
    applyRoute: 'through_person',
    applyPerson: 'De wijkmanager helpt u op weg',
    applyWhere: 'Vraag de wijkmanager naar sponsors en platforms.',
    providerKind: 'crowdfunding',
    providerName: 'Sponsors en crowdfunding',
  }),
];
