import type { DemoContext } from '../../http/module-manifest.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { createHolder } from '../passes/pass-issuing.ts';
import { passGrantingSchemes } from '../schemes/schemes.service.ts';
import { ApplicationsRepository } from './applications.repository.ts';
import type { ApplicationGround, ApplicationStatus } from './applications.tables.ts';

/** A one-page PDF as small as a PDF can be: the demo's stand-in for a scanned payslip. */
function demoPdf(title: string): Uint8Array {
  const text = title.replace(/[()\\]/g, '');
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n` +
      `4 0 obj<</Length ${text.length + 40}>>stream\nBT /F1 18 Tf 72 760 Td (${text}) Tj ET\nendstream endobj\n` +
      `5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

interface DemoApplicant {
  name: string;
  email: string;
  /** The wijk by name; its code comes from the seeded areas. */
  wijk: string;
  ground: ApplicationGround;
  status: ApplicationStatus;
  explanation: string;
  members: { relation: 'partner' | 'child'; name: string; birthYearsAgo: number }[];
  evidence: string[];
  question?: string;
}

const APPLICANTS: DemoApplicant[] = [
  {
    name: 'Samira El Amrani',
    email: 'samira@voorbeeld.demo',
    wijk: 'Poelenburg',
    ground: 'minimum',
    status: 'submitted',
    explanation: 'Ik heb een bijstandsuitkering sinds maart. Mijn kinderen willen graag zwemmen.',
    members: [
      { relation: 'child', name: 'Yasmina El Amrani', birthYearsAgo: 9 },
      { relation: 'child', name: 'Adam El Amrani', birthYearsAgo: 6 },
    ],
    evidence: ['Uitkeringsspecificatie september.pdf', 'Bankafschrift september.pdf'],
  },
  {
    name: 'Kees Groot',
    email: 'kees@voorbeeld.demo',
    wijk: 'Kogerveldwijk',
    ground: 'carer',
    status: 'information_requested',
    explanation: 'Ik zorg elke dag voor mijn moeder in Kogerveld.',
    members: [{ relation: 'partner', name: 'Ria Groot', birthYearsAgo: 61 }],
    evidence: ['Verklaring mantelzorg Sociaal Wijkteam.pdf'],
    question: 'Wilt u ook de brief van het Mantelzorgcentrum Zaanstreek sturen?',
  },
  {
    name: 'Anna Kowalska',
    email: 'anna@voorbeeld.demo',
    wijk: 'Poelenburg',
    ground: 'minimum',
    status: 'submitted',
    explanation: '',
    members: [],
    evidence: ['Loonstrook oktober.pdf'],
  },
];

/** A few open applications in the review queue, with evidence, so /beheer/aanvragen shows work. */
export async function applicationsDemo({ tx, tenantId, anchorDate }: DemoContext) {
  const repo = new ApplicationsRepository(tx);
  const year = Number(anchorDate.slice(0, 4));
  const wijken = await tx.selectFrom('wijken').select(['code', 'name']).where('tenant_id', '=', tenantId).execute();
  const wijkCode = (name: string) => wijken.find((w) => w.name === name)?.code ?? null;
  const [passScheme] = await passGrantingSchemes(tx, tenantId);
  for (const a of APPLICANTS) {
    if (await repo.findResidentUser(tenantId, a.email)) continue;
    const holderId = await createHolder(tx, tenantId, { name: a.name, email: a.email, wijkCode: wijkCode(a.wijk) });
    await createResidentAccount(tx, tenantId, { holderId, name: a.name, email: a.email });
    const user = (await repo.findResidentUser(tenantId, a.email))!;
    const row = (await repo.insertApplication({
      tenantId,
      holderId,
      userId: user.id,
      ground: a.ground,
      applicantBirthDate: null,
      explanation: a.explanation,
      schemeId: passScheme?.id ?? null,
      passPriceCents: passScheme?.passPriceCents ?? 0,
      members: a.members.map((m) => ({
        relation: m.relation,
        name: m.name,
        birthDate: `${year - m.birthYearsAgo}-05-14`,
      })),
    }))!;
    const actor = `user:${user.id}`;
    await repo.insertEvent(tenantId, row.id, { kind: 'submitted', actor, actorName: a.name });
    for (const fileName of a.evidence) {
      await repo.insertEvidence({
        tenantId,
        applicationId: row.id,
        fileName,
        mediaType: 'application/pdf',
        content: demoPdf(fileName),
      });
      await repo.insertEvent(tenantId, row.id, { kind: 'evidence_added', actor, actorName: a.name, message: fileName });
    }
    if (a.question) {
      await repo.setStatus(tenantId, row.id, 'information_requested');
      await repo.insertEvent(tenantId, row.id, {
        kind: 'information_requested',
        actor: 'demo',
        actorName: 'Uitvoerend bureau Zaanse Pas',
        message: a.question,
      });
    }
  }
}
