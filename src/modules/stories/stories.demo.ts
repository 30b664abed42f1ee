import type { DemoContext } from '../../http/module-manifest.ts';
import { createOrganisationStaffAccount } from '../identity/identity.service.ts';
import { silentMp3 } from '../media/audio-processing.ts';
import { storeAudio } from '../media/media.service.ts';
import type { StoryKind } from './stories.tables.ts';

const days = (anchor: string, n: number, hour = 9) => {
  const d = new Date(`${anchor}T${String(hour).padStart(2, '0')}:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d;
};

/**
 * Six stories in B1 Dutch, one of each kind, linked to the demo's own route, wijken, providers and
 * partners; one is still in review and one is scheduled for next week, so the editors' screens
 * have work on them.
 */
export async function seedStories({ tx, tenantId, anchorDate }: DemoContext) {
  // The editors' accounts (README): one writes, one publishes.
  for (const [email, name, role] of [
    ['redactie@zaansepas.demo', 'Redactie Zaanse Pas', 'editor'],
    ['hoofdredactie@zaansepas.demo', 'Hoofdredactie Zaanse Pas', 'chief_editor'],
  ] as const)
    await createOrganisationStaffAccount(tx, tenantId, { email, name, role, password: 'Zaanstad-demo-2026' });
  const route = await tx
    .selectFrom('routes')
    .select(['slug', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('sort_order')
    .executeTakeFirst();
  const wijken = await tx
    .selectFrom('wijken')
    .select(['code', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
  const wijk = wijken.find((w) => w.name === 'Poelenburg') ?? wijken[0];
  const otherWijk = wijken.find((w) => w.name === 'Kogerveldwijk') ?? wijken[1];
  const provider = await tx
    .selectFrom('providers')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .executeTakeFirst();
  const partner = await tx
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .executeTakeFirst();

  type Link = { kind: 'provider' | 'route' | 'wijk' | 'partner'; target: string };
  const stories: {
    slug: string;
    kind: StoryKind;
    title: string;
    lead: string;
    body: string;
    status: 'published' | 'scheduled' | 'in_review';
    publishAt: Date | null;
    links: Link[];
    submittedBy?: string;
    transcript?: string;
  }[] = [
    {
      slug: 'de-romantiek-route-voor-twee',
      kind: 'route_highlight',
      title: route ? `Uit met z'n tweeën: de ${route.name}` : "Uit met z'n tweeën",
      lead: 'Een avond samen weg hoeft niet duur te zijn. Wij zochten de mooiste plekken op de route.',
      body:
        '## Eten aan de Zaan\n\nVeel restaurants geven korting met de pas. Vraag naar het pasmenu.\n\n' +
        '## Daarna naar het theater\n\n- Laat uw pas zien aan de kassa.\n- U betaalt minder.\n\n' +
        'Kijk op de [routepagina](/routes) wat er nu is.',
      status: 'published',
      publishAt: days(anchorDate, -20),
      links: route ? [{ kind: 'route', target: route.slug }] : [],
    },
    {
      slug: provider ? 'op-bezoek-bij-een-ondernemer' : 'op-bezoek',
      kind: 'business_interview',
      title: provider
        ? `"Iedereen moet mee kunnen doen": op bezoek bij ${provider.name}`
        : 'Op bezoek bij een ondernemer',
      lead: 'Waarom doet een ondernemer mee met de Zaanse Pas? Wij vroegen het.',
      body:
        'Sinds dit jaar doet de zaak mee met de Zaanse Pas.\n\n' +
        '"Wij zien nieuwe klanten. Mensen uit de buurt die eerst nooit binnenkwamen."\n\n' +
        '**Tip:** wilt u ook meedoen? Kijk bij [aanbieder worden](/aanbieder-worden).',
      status: 'published',
      publishAt: days(anchorDate, -12),
      links: provider ? [{ kind: 'provider', target: provider.id }] : [],
    },
    {
      slug: 'buurtfeest-in-de-wijk',
      kind: 'wijk_event',
      title: wijk ? `Buurtfeest in ${wijk.name}` : 'Buurtfeest in de wijk',
      lead: 'Muziek, eten en spelletjes voor kinderen. Met de pas is de toegang gratis.',
      body: 'Het buurtfeest is op het plein. Iedereen is welkom.\n\n- Muziek vanaf 14.00 uur\n- Eten van buren uit de wijk',
      status: 'published',
      publishAt: days(anchorDate, -5),
      links: wijk ? [{ kind: 'wijk', target: wijk.code }] : [],
    },
    {
      slug: 'workshop-fietsen-repareren',
      kind: 'workshop',
      title: 'Zelf je fiets maken in het buurthuis',
      lead: 'Elke woensdag leert u in het buurthuis hoe u een band plakt. De pas betaalt mee.',
      body: 'U hoeft niets mee te nemen. Gereedschap is er.',
      status: 'published',
      publishAt: days(anchorDate, -2),
      links: [
        ...(otherWijk ? [{ kind: 'wijk' as const, target: otherWijk.code }] : []),
        ...(partner ? [{ kind: 'partner' as const, target: partner.id }] : []),
      ],
    },
    {
      slug: 'mijn-verhaal-als-vrijwilliger',
      kind: 'volunteer_story',
      title: 'Mijn verhaal: koken voor de buurt',
      lead: 'Elke vrijdag kookt Fatima met vijf buren voor dertig mensen. Zij vertelt waarom.',
      body: '"Ik kende niemand in de straat. Nu ken ik iedereen."',
      status: 'in_review',
      publishAt: null,
      links: partner ? [{ kind: 'partner', target: partner.id }] : [],
      submittedBy: partner?.name ?? 'Zaankanters voor Elkaar',
    },
    {
      slug: 'podcast-beeldbepalers-aflevering-1',
      kind: 'podcast',
      title: 'ZaansePas Podcast, aflevering 1',
      lead: 'Een gesprek met een beeldbepaler uit de Zaanstreek over meedoen in de stad.',
      body: 'In deze aflevering praten wij over sport, cultuur en de buurt.',
      status: 'published',
      publishAt: days(anchorDate, -1, 8),
      links: wijk ? [{ kind: 'wijk', target: wijk.code }] : [],
      transcript:
        '**Presentator:** Welkom bij de ZaansePas Podcast. Wie zit er vandaag aan tafel?\n\n' +
        '**Gast:** Ik ben trainer bij de voetbalclub in de wijk. Ik zie elke week kinderen die graag mee willen doen.\n\n' +
        '**Presentator:** Wat doet de pas voor hen?\n\n' +
        '**Gast:** Met de pas is de contributie lager. Dan kan iedereen meedoen.\n\n' +
        '(In de demo is de opname vijf seconden stilte.)',
    },
    {
      slug: 'podcast-beeldbepalers-aflevering-2',
      kind: 'podcast',
      title: 'ZaansePas Podcast, aflevering 2',
      lead: 'Een gesprek met de directeur van het theater over cultuur voor iedereen.',
      body: 'Deze aflevering verschijnt volgende week.',
      status: 'scheduled',
      publishAt: days(anchorDate, 7, 8),
      links: [],
    },
    // Explainers per audience (000 §5B), shown on /uitleg.
    ...EXPLAINERS.map((e) => ({
      ...e,
      status: 'published' as const,
      publishAt: days(anchorDate, -30),
      links: e.kind === 'explainer_initiative' && partner ? [{ kind: 'partner' as const, target: partner.id }] : [],
    })),
  ];

  for (const story of stories) {
    const row = await tx
      .insertInto('stories')
      .values({
        tenant_id: tenantId,
        slug: story.slug,
        kind: story.kind,
        title: story.title,
        lead: story.lead,
        body_markdown: story.body,
        transcript_markdown: story.transcript ?? '',
        status: story.status,
        publish_at: story.publishAt,
        submitted_by_kind: story.submittedBy ? 'partner' : 'editor',
        submitted_by_name: story.submittedBy ?? null,
        author_id: 'demo',
        published_by: story.status === 'in_review' ? null : 'demo',
        updated_at: story.publishAt ?? days(anchorDate, -1),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'slug']).doNothing())
      .returning('id')
      .executeTakeFirst();
    // A podcast episode's recording: a few seconds of generated silence (nothing is downloaded).
    if (row && story.kind === 'podcast')
      await storeAudio(tx, tenantId, { storyId: row.id, bytes: silentMp3(5), createdBy: 'demo' });
    if (!row || story.links.length === 0) continue;
    await tx
      .insertInto('story_links')
      .values(story.links.map((l) => ({ tenant_id: tenantId, story_id: row.id, kind: l.kind, target: l.target })))
      .execute();
  }
}

/** The demo's explainers per audience, in Dutch at B1 level; editors rewrite them in Beheer → Verhalen. */
const EXPLAINERS: { slug: string; kind: StoryKind; title: string; lead: string; body: string }[] = [
  {
    slug: 'uitleg-voor-ondernemers',
    kind: 'explainer_business',
    title: 'De Zaanse Pas voor ondernemers',
    lead: 'Doe mee met de pas. U krijgt nieuwe klanten uit de buurt, en u laat zien dat u sociaal onderneemt.',
    body:
      '## Wat levert het u op?\n\n' +
      '- **Nieuwe klanten.** Pashouders zoeken bewust naar zaken met pasaanbod.\n' +
      '- **Reclame.** Uw aanbod staat op de website, op de routes en op de posters in de wijk.\n' +
      '- **Sociale credits.** Geeft u iets gratis of goedkoper? Dan krijgt u het teken [sociale credits](/sociale-credits).\n\n' +
      '## Zo doet u mee\n\n' +
      '1. Meld u aan bij [aanbieder worden](/aanbieder-worden).\n' +
      '2. Wij bellen u voor een kort gesprek.\n' +
      '3. U zet zelf uw aanbod op de pas. Wij kijken het na.\n\n' +
      '## Een cadeau voor uw mensen\n\n' +
      'Zoekt u een kerstpakket of eindejaarscadeau? Geef uw medewerkers een Zaanse Pas. ' +
      'U koopt cadeaucodes en deelt die uit. [Bestel cadeaupassen](/cadeau/bestellen).\n\n' +
      '## Sponsor worden\n\n' +
      'U kunt ook elk jaar een bijdrage geven aan het actiebudget, of één initiatief in de buurt adopteren. ' +
      'Uw naam en logo staan dan op de website. Kijk bij het [actiebudget](/actiebudget).',
  },
  {
    slug: 'uitleg-ambtenaren-kansengelijkheid',
    kind: 'explainer_civil_servant',
    title: 'Voor ambtenaren: de pas en de opgave Kansengelijkheid',
    lead: 'Hoe helpt de Zaanse Pas bij kansengelijkheid? En wat ziet u terug in de cijfers?',
    body:
      '## Wat doet de pas?\n\n' +
      'Inwoners met een laag inkomen krijgen de pas gratis. Zij doen mee met sport, cultuur en activiteiten ' +
      'in de buurt, voor minder geld.\n\n' +
      '## Wat ziet u?\n\n' +
      '- Hoeveel passen er zijn, per wijk.\n' +
      '- Hoe vaak aanbod gebruikt wordt.\n' +
      '- Nooit gegevens van één persoon. Gaat het om minder dan 10 mensen? Dan tonen we geen getal.\n\n' +
      '## Wat kunt u doen?\n\n' +
      'Werkt u aan deze opgave? Vraag toegang tot het dashboard via de pasorganisatie. ' +
      'Daar stelt u ook kansen voor, zoals een nieuw kansentarief.',
  },
  {
    slug: 'uitleg-ambtenaren-sport',
    kind: 'explainer_civil_servant',
    title: 'Voor ambtenaren: de pas en de opgave Sport',
    lead: 'Meer Zaankanters aan het sporten. Zo werkt de pas daarbij mee.',
    body:
      '## Wat doet de pas?\n\n' +
      'Sportclubs geven korting op de contributie. Bij grote sportevenementen maken we samen een campagne.\n\n' +
      '## Wat ziet u?\n\n' +
      '- Welke clubs meedoen, per wijk en per route.\n' +
      '- Waar sportaanbod ontbreekt: de kaart met gaten per route en wijk.\n' +
      '- Cijfers over minder dan 10 mensen tonen we nooit.\n\n' +
      '## Wat kunt u doen?\n\n' +
      'Kent u een club die nog niet meedoet? Geef de naam door aan de pasorganisatie.',
  },
  {
    slug: 'uitleg-voor-buurtinitiatieven',
    kind: 'explainer_initiative',
    title: 'Voor buurthuizen en initiatieven: zo werkt het actiebudget',
    lead: 'Organiseert u iets voor de buurt? Met het actiebudget betaalt de pas mee, zodat iedereen kan meedoen.',
    body:
      '## Wat is het actiebudget?\n\n' +
      'Het actiebudget is geld voor activiteiten in de wijk. Het komt uit de verkoop van passen en van sponsors.\n\n' +
      '## Zo vraagt u het aan\n\n' +
      '1. Meld uw organisatie aan bij [partner worden](/partner-worden).\n' +
      '2. Vraag steun aan voor een activiteit. U ziet welke kosten meetellen.\n' +
      '3. Krijgt u steun? Dan krijgt u meestal eerst een voorschot.\n' +
      '4. Na de activiteit vertelt u kort hoe het ging. Dan krijgt u de rest.\n\n' +
      '## Wat zien anderen?\n\n' +
      'Op de pagina van het [actiebudget](/actiebudget) staat waar het geld heen ging, per wijk. ' +
      'Adopteert een bedrijf uw initiatief? Dan bedanken we dat bedrijf daar.',
  },
];
