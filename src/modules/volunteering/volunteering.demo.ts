import type { DemoContext } from '../../http/module-manifest.ts';
import { addDays } from '../../seed/dates.ts';
import { subjectKey } from './matching.ts';
import { DepotRepository } from './depot.repository.ts';
import { DEMO_INFO_PAGES } from './volunteering.demo-pages.ts';
import { VolunteeringRepository } from './volunteering.repository.ts';
import type { TimeSlot, VacancyAudience } from './volunteering.tables.ts';

const VACANCIES: {
  partner: string;
  title: string;
  description: string;
  wijkCode: string;
  interests: string[];
  times: TimeSlot[];
  audiences: VacancyAudience[];
  hoursPerWeek: number;
}[] = [
  {
    partner: 'Buurthuis De Poelenburcht',
    title: 'Kok voor de kinderkookclub',
    description: 'Kook je graag? Help op woensdagmiddag kinderen uit Poelenburg een gezonde maaltijd te maken.',
    wijkCode: 'WK047912',
    interests: ['koken', 'kinderen'],
    times: ['weekday_daytime'],
    audiences: ['young', 'mbo'],
    hoursPerWeek: 3,
  },
  {
    partner: 'Buurthuis De Poelenburcht',
    title: 'Huiswerkbegeleider',
    description: 'Help kinderen van groep 7 en 8 en de brugklas met hun huiswerk, twee middagen per week.',
    wijkCode: 'WK047912',
    interests: ['onderwijs', 'kinderen', 'taal'],
    times: ['weekday_daytime', 'weekday_evening'],
    audiences: ['mbo', 'hbo'],
    hoursPerWeek: 4,
  },
  {
    partner: 'Zaankanters voor Elkaar',
    title: 'Chauffeur voor de boodschappenbus',
    description: 'Rijd één ochtend per week ouderen uit de Rosmolenwijk naar de markt en weer terug.',
    wijkCode: 'WK047914',
    interests: ['vervoer', 'ouderen'],
    times: ['weekday_daytime'],
    audiences: [],
    hoursPerWeek: 3,
  },
  {
    partner: 'Zaankanters voor Elkaar',
    title: 'Helpende handen bij de Burendag',
    description: 'Een kort project: help een middag mee met opbouwen, spelletjes en opruimen op het plein.',
    wijkCode: 'WK047914',
    interests: ['evenementen', 'kinderen'],
    times: ['weekend'],
    audiences: ['young', 'short_project'],
    hoursPerWeek: 5,
  },
  {
    partner: 'Zaankanters voor Elkaar',
    title: 'Taalmaatje',
    description:
      'Oefen een uur per week Nederlands met iemand die de taal leert. Bij u thuis, in de bibliotheek of in het buurthuis.',
    wijkCode: 'WK047913',
    interests: ['taal', 'gezelschap'],
    times: ['weekday_evening', 'weekend'],
    audiences: ['hbo'],
    hoursPerWeek: 1,
  },
];

const PROFILES: {
  name: string;
  interests: string[];
  wijkCodes: string[];
  times: TimeSlot[];
  skills: string[];
  about: string;
}[] = [
  {
    name: 'Sanne',
    interests: ['koken', 'kinderen'],
    wijkCodes: ['WK047912'],
    times: ['weekday_daytime'],
    skills: ['koken', 'EHBO'],
    about: 'Ik kook graag en heb zelf drie kinderen.',
  },
  {
    name: 'Mehmet',
    interests: ['vervoer', 'ouderen'],
    wijkCodes: ['WK047914', 'WK047915'],
    times: ['weekday_daytime', 'weekend'],
    skills: ['rijbewijs B', 'Turks'],
    about: 'Gepensioneerd, heb een auto en tijd.',
  },
  {
    name: 'Joyce',
    interests: ['taal', 'onderwijs'],
    wijkCodes: ['WK047912', 'WK047913'],
    times: ['weekday_evening'],
    skills: ['bijles geven', 'Engels'],
    about: 'Pabo-student, wil ervaring opdoen.',
  },
  {
    name: 'Kees',
    interests: ['klussen', 'evenementen'],
    wijkCodes: ['WK047914'],
    times: ['weekend'],
    skills: ['timmeren', 'geluidstechniek'],
    about: 'Handig met gereedschap en geluid.',
  },
];

const HELP_REQUESTS: {
  title: string;
  description: string;
  wijkCode: string;
  interest: string;
  times: TimeSlot[];
  published: boolean;
}[] = [
  {
    title: 'Lift naar het ziekenhuis',
    description: 'Ik moet over twee weken naar het Zaans Medisch Centrum en heb geen vervoer. Wie kan mij brengen?',
    wijkCode: 'WK047914',
    interest: 'vervoer',
    times: ['weekday_daytime'],
    published: true,
  },
  {
    title: 'Hulp bij een formulier',
    description: 'Ik snap de brief over de huurtoeslag niet goed. Wie wil een uurtje met mij meekijken?',
    wijkCode: 'WK047912',
    interest: 'taal',
    times: ['weekday_evening'],
    published: true,
  },
  {
    title: 'Kast ophangen',
    description: 'Ik heb een nieuwe kast, maar kan hem zelf niet aan de muur hangen.',
    wijkCode: 'WK047914',
    interest: 'klussen',
    times: ['weekend'],
    published: false,
  },
];

const DEPOT_ITEMS = [
  { name: 'Geluidsinstallatie (2 boxen, mengpaneel, 2 microfoons)', category: 'Geluid' },
  { name: 'Partytent 3 × 6 meter', category: 'Tenten' },
  { name: 'Partytent 3 × 3 meter', category: 'Tenten' },
  { name: 'Statafels (set van 6)', category: 'Meubilair' },
  { name: 'Springkussen', category: 'Spel' },
  { name: 'Marktkraam', category: 'Meubilair' },
  { name: 'Aggregaat', category: 'Stroom' },
  { name: 'Verlengkabels en haspels', category: 'Stroom' },
];

const SPACES: {
  kind: 'offer' | 'request';
  title: string;
  description: string;
  wijkCode: string;
  capacity: number;
  owner: string;
  partner?: string;
  availability: string;
}[] = [
  {
    kind: 'offer',
    title: 'Ontmoetingsruimte flat Poelenburg',
    description: 'Ruimte op de begane grond met keukentje.',
    wijkCode: 'WK047912',
    capacity: 30,
    owner: 'Parteon',
    availability: 'Doordeweeks overdag',
  },
  {
    kind: 'offer',
    title: 'Gemeenschappelijke ruimte Rosmolenwijk',
    description: 'Lichte ruimte met tafels en stoelen.',
    wijkCode: 'WK047914',
    capacity: 25,
    owner: 'Rochdale',
    availability: 'Avonden en weekend',
  },
  {
    kind: 'offer',
    title: 'Zaaltje seniorencomplex',
    description: 'Met beamer, rolstoeltoegankelijk.',
    wijkCode: 'WK047913',
    capacity: 40,
    owner: 'Zaandams Volkshuisvesting',
    availability: 'Dinsdag en donderdag',
  },
  {
    kind: 'request',
    title: 'Ruimte voor een taalcafé',
    description: 'Wekelijks een avond voor 20 mensen.',
    wijkCode: 'WK047914',
    capacity: 20,
    owner: 'Zaankanters voor Elkaar',
    partner: 'Zaankanters voor Elkaar',
    availability: 'Dinsdagavond',
  },
];

/**
 * The volunteers' platform of the demo: the information pages, vacancies of Buurthuis De
 * Poelenburcht and Zaankanters voor Elkaar, four volunteer profiles, help requests (one waiting
 * for moderation), the depot in Krommenie with reservations and what is asked for, spaces of the
 * housing corporations, and a shared need (an EHBO course) that signals.
 */
export async function seedVolunteeringDemo({ tx, tenantId, anchorDate }: DemoContext): Promise<void> {
  const repo = new VolunteeringRepository(tx);
  const depot = new DepotRepository(tx);
  for (const [i, p] of DEMO_INFO_PAGES.entries())
    await repo.insertInfoPage(tenantId, {
      slug: p.slug,
      topic: p.topic,
      title: p.title,
      summary: p.summary,
      bodyMarkdown: p.body,
      sortOrder: i * 10,
      published: true,
      updatedBy: 'demo',
    });

  const partners = new Map(
    (await tx.selectFrom('partners').select(['id', 'name']).where('tenant_id', '=', tenantId).execute()).map((p) => [
      p.name,
      p.id,
    ]),
  );
  const vacancyIds: string[] = [];
  for (const v of VACANCIES) {
    const partnerId = partners.get(v.partner);
    if (!partnerId) continue;
    const { id } = await repo.insertVacancy(tenantId, { ...v, partnerId, endsOn: addDays(anchorDate, 90) });
    vacancyIds.push(id);
  }

  const residents = await tx
    .selectFrom('users')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'resident')
    .where('email', 'not in', ['fatima@voorbeeld.demo', 'jan@voorbeeld.demo'])
    .orderBy('email')
    .limit(PROFILES.length + HELP_REQUESTS.length)
    .execute();
  const profileIds: string[] = [];
  for (const [i, p] of PROFILES.entries()) {
    const user = residents[i];
    if (!user) break;
    const row = await repo.upsertProfile(tenantId, user.id, {
      displayName: p.name,
      about: p.about,
      interests: p.interests,
      wijkCodes: p.wijkCodes,
      times: p.times,
      skills: p.skills,
      active: true,
    });
    profileIds.push(row.id);
  }
  for (const [i, h] of HELP_REQUESTS.entries()) {
    const user = residents[PROFILES.length + i];
    if (!user) break;
    const row = await repo.insertHelpRequest(tenantId, { authorUserId: user.id, ...h });
    if (h.published)
      await repo.moderateHelpRequest(tenantId, row.id, { status: 'published', reason: null, by: 'demo' });
  }
  // Sanne responded to the kinderkookclub; the buurthuis has not answered yet.
  if (vacancyIds[0] && profileIds[0]) {
    const match = await repo.insertMatch(tenantId, {
      vacancyId: vacancyIds[0],
      helpRequestId: null,
      profileId: profileIds[0],
      proposedBy: 'volunteer',
    });
    if (match)
      await repo.insertMessage(
        tenantId,
        match.id,
        'volunteer',
        'Hallo! Ik kook graag met kinderen. Wanneer kan ik een keer komen kijken?',
      );
  }

  const items: { id: string }[] = [];
  for (const i of DEPOT_ITEMS)
    items.push(
      await depot.insertItem(tenantId, {
        ...i,
        description: 'Op te halen bij het Materialendepot Zaanstad in Krommenie.',
      }),
    );
  const poelenburcht = partners.get('Buurthuis De Poelenburcht');
  const zve = partners.get('Zaankanters voor Elkaar');
  if (poelenburcht && zve) {
    const reserve = async (item: number, partnerId: string, from: number, to: number, purpose: string) => {
      await depot.insertReservation(tenantId, {
        itemId: items[item]!.id,
        partnerId,
        startsOn: addDays(anchorDate, from),
        endsOn: addDays(anchorDate, to),
        purpose,
        createdBy: 'demo',
      });
      await depot.insertRequest(tenantId, { partnerId, itemId: items[item]!.id, wish: null, outcome: 'reserved' });
    };
    await reserve(1, zve, 13, 14, 'Burendag Rosmolenwijk');
    await reserve(0, zve, 13, 14, 'Burendag Rosmolenwijk');
    await reserve(3, poelenburcht, 20, 20, 'Open dag buurthuis');
    await depot.insertRequest(tenantId, {
      partnerId: poelenburcht,
      itemId: items[1]!.id,
      wish: null,
      outcome: 'refused_booked',
    });
    await depot.insertRequest(tenantId, {
      partnerId: poelenburcht,
      itemId: null,
      wish: 'Popcornmachine',
      outcome: 'wish',
    });
    await depot.insertRequest(tenantId, { partnerId: zve, itemId: null, wish: 'popcornmachine', outcome: 'wish' });

    for (const kind of ['course', 'purchase'] as const)
      for (const partnerId of [poelenburcht, zve])
        await depot.insertSharedNeed(tenantId, {
          partnerId,
          kind,
          subject: kind === 'course' ? 'EHBO-cursus' : 'Koffiezetapparaat voor groepen',
          subjectKey: subjectKey(kind === 'course' ? 'EHBO-cursus' : 'Koffiezetapparaat voor groepen'),
          note: '',
        });
  }
  for (const s of SPACES)
    await depot.insertSpace(tenantId, {
      kind: s.kind,
      title: s.title,
      description: s.description,
      wijkCode: s.wijkCode,
      capacity: s.capacity,
      ownerName: s.owner,
      partnerId: s.partner ? (partners.get(s.partner) ?? null) : null,
      availability: s.availability,
      createdBy: 'demo',
    });
}
