import type { DemoContext } from '../../http/module-manifest.ts';
import { newSecret } from '../../shared/tokens.ts';
import { createOrganisationStaffAccount } from '../identity/identity.service.ts';
import { addLead } from '../recruitment/recruitment.service.ts';
import { SupportGroupRepository } from './support-group.repository.ts';
import type { MemberKind, RsvpAnswer } from './support-group.tables.ts';

/** The demo member who logs in with a password (README); the others are invited by e-mail link. */
export const DEMO_SUPPORT_GROUP_MEMBER = {
  email: 'supportgroep@zaansepas.demo',
  password: 'Zaanstad-demo-2026',
  name: 'Sanne de Vries',
};

const MEMBERS: { name: string; email: string; organisation: string; kind: MemberKind; goal: string }[] = [
  {
    name: DEMO_SUPPORT_GROUP_MEMBER.name,
    email: DEMO_SUPPORT_GROUP_MEMBER.email,
    organisation: 'Fietsenmakerij De Zaan',
    kind: 'business',
    goal: 'citymarketing',
  },
  {
    name: 'Ahmed Yilmaz',
    email: 'ahmed.yilmaz@voorbeeld.test',
    organisation: 'Buurtkamer Poelenburg',
    kind: 'volunteer_initiative',
    goal: 'participatie',
  },
  {
    name: 'Marieke Jansen',
    email: 'marieke.jansen@voorbeeld.test',
    organisation: 'Gemeente Zaanstad, team Sport',
    kind: 'civil_servant',
    goal: 'sport',
  },
  {
    name: 'Peter Bakker',
    email: 'peter.bakker@voorbeeld.test',
    organisation: 'Ondernemersvereniging Zaandam-Oost',
    kind: 'business',
    goal: 'kansengelijkheid',
  },
];

/** `YYYY-MM-DDT19:30:00+01:00`: that time in Amsterdam, `days` after the anchor (+02:00 in summer). */
const day = (anchor: string, days: number, time = '19:30') => {
  const d = new Date(`${anchor}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const zone = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value;
  const hours = Number(/GMT([+-]\d+)/.exec(zone ?? '')?.[1] ?? 1);
  return `${d.toISOString().slice(0, 10)}T${time}:00+0${hours}:00`;
};

/**
 * The supportgroep of the demo: a business, a volunteer initiative, a civil servant and another
 * business, each linked to an opgave (policy-goals' demo runs first); a tip passed on that is on
 * the recruitment board with the member as its source; the next meeting with an agenda and
 * answers; the last meeting with notes and actions, each with an owner and a due date.
 */
export async function seedSupportGroup({ tx, tenantId, anchorDate }: DemoContext) {
  const repo = new SupportGroupRepository(tx);
  const goals = await tx.selectFrom('policy_goals').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute();
  if (goals.length === 0) return;
  const members: { id: string; name: string }[] = [];
  for (const m of MEMBERS) {
    const goal = goals.find((g) => g.slug === m.goal) ?? goals[0]!;
    const userId = await createOrganisationStaffAccount(tx, tenantId, {
      name: m.name,
      email: m.email,
      // Only Sanne's password is in the README; the others log in by e-mail link.
      password: m.email === DEMO_SUPPORT_GROUP_MEMBER.email ? DEMO_SUPPORT_GROUP_MEMBER.password : newSecret(),
      role: 'support_group',
    });
    if (!userId) continue;
    const { id } = await repo.insertMember({
      tenantId,
      userId,
      name: m.name,
      email: m.email,
      organisation: m.organisation,
      kind: m.kind,
      policyGoalId: goal.id,
    });
    members.push({ id, name: m.name });
  }
  const [sanne, ahmed, marieke, peter] = members;
  if (!sanne || !ahmed || !marieke || !peter) return;

  // Tips passed on: on the recruitment board with the member's name as the source.
  const [poelenburg, route] = await Promise.all([
    tx
      .selectFrom('wijken')
      .select('code')
      .where('tenant_id', '=', tenantId)
      .where('name', '=', 'Poelenburg')
      .executeTakeFirst(),
    tx
      .selectFrom('routes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', 'jongerenroute')
      .executeTakeFirst(),
  ]);
  for (const [member, tip] of [
    [
      sanne,
      {
        name: 'Fietsreparatie Jongerenwerk Poelenburg',
        notes: 'Repareert fietsen met jongeren uit de buurt; wil pashouders korting geven op onderdelen.',
        wijkCode: poelenburg?.code ?? null,
        routeId: route?.id ?? null,
      },
    ],
    [
      ahmed,
      {
        name: 'Naaiatelier De Draad',
        notes: 'Gratis naailes op woensdag; zoekt meer deelnemers uit Poelenburg.',
        wijkCode: poelenburg?.code ?? null,
        routeId: null,
      },
    ],
  ] as const) {
    const { id } = await addLead(tx, tenantId, {
      name: tip.name,
      kind: 'business',
      source: 'support_group',
      sourceName: `${member.name} (supportgroep)`,
      notes: tip.notes,
      wijkCode: tip.wijkCode,
      routeId: tip.routeId,
      createdBy: 'demo',
      createdByName: member.name,
    });
    await repo.insertLead(tenantId, member.id, id);
  }

  // The next meeting, with answers.
  const next = await repo.insertMeeting({
    tenantId,
    title: 'Bijeenkomst supportgroep: plannen voor het voorjaar',
    startsAt: day(anchorDate, 14),
    place: 'Stadhuis Zaanstad, Stadhuisplein 100, Zaandam',
    onlineUrl: 'https://meet.example.org/zaanse-pas-supportgroep',
    agenda:
      '1. Welkom en voorstelrondje\n2. Wat leverden de tips van de supportgroep op?\n3. De Romantiek Route in het voorjaar\n4. Wie helpt bij het buurtfeest in Poelenburg?\n5. Rondvraag',
    createdBy: 'demo',
  });
  const answers: [{ id: string }, RsvpAnswer][] = [
    [sanne, 'yes'],
    [ahmed, 'yes'],
    [marieke, 'maybe'],
    [peter, 'no'],
  ];
  for (const [member, answer] of answers) await repo.upsertRsvp(tenantId, next.id, member.id, answer);

  // The last meeting, with notes and actions.
  const last = await repo.insertMeeting({
    tenantId,
    title: 'Bijeenkomst supportgroep: kennismaking',
    startsAt: day(anchorDate, -30),
    place: 'Buurtkamer Poelenburg',
    onlineUrl: null,
    agenda: '1. Kennismaking\n2. Wat is de Zaanse Pas?\n3. Hoe geeft u een tip door?',
    createdBy: 'demo',
  });
  for (const [member, answer] of answers)
    await repo.upsertRsvp(tenantId, last.id, member.id, answer === 'no' ? 'yes' : answer);
  await repo.setNotes(
    tenantId,
    last.id,
    'Twaalf mensen waren er. Iedereen kent nu het wervingsbord. Ondernemers willen een poster voor in de winkel. ' +
      'Jongerenwerk vraagt om meer aanbod voor jongeren in Poelenburg.',
  );
  const due = (days: number) => day(anchorDate, days).slice(0, 10);
  const actions = [
    {
      description: 'Poster voor ondernemers maken en rondbrengen',
      ownerName: 'Sanne de Vries',
      dueOn: due(-10),
      done: true,
    },
    {
      description: 'Drie aanbieders voor de Jongerenroute benaderen',
      ownerName: 'Ahmed Yilmaz',
      dueOn: due(7),
      done: false,
    },
    {
      description: 'Sportaanbod voor kinderen op de kansenkaart zetten',
      ownerName: 'Marieke Jansen',
      dueOn: due(21),
      done: false,
    },
  ];
  for (const action of actions) {
    const { id } = await repo.insertAction({ tenantId, meetingId: last.id, ...action });
    if (action.done) await repo.setActionDone(tenantId, id, true);
  }
}
