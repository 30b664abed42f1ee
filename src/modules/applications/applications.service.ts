import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { createHolder, issuePasses, type NewPass } from '../passes/pass-issuing.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { passValidityFor } from '../passes/pass-year.service.ts';
import { passOrderPaymentState, placeReducedPriceOrder } from '../sales/sales.service.ts';
import type { PaymentProviderName } from '../sales/sales.tables.ts';
import { passGrantingSchemes } from '../schemes/schemes.service.ts';
import { applicationsPolicy } from './applications.policy.ts';
import { ApplicationsRepository, OPEN_STATUSES, type ApplicationFilter } from './applications.repository.ts';
import type { ApplicationDecision, NewApplicantAccount, NewApplication } from './applications.schemas.ts';
import { checkEvidence, cleanFileName, MAX_EVIDENCE_FILES } from './evidence.ts';

export type FullApplication = NonNullable<Awaited<ReturnType<ApplicationsService['get']>>>;

const formatEuro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
const nameOf = (p: Principal) => (p.kind === 'anonymous' ? 'anonymous' : p.name);
const notFound = (id: string) =>
  new DomainError('application-not-found', `There is no application ${id}, or it is not yours.`);

/**
 * A holder's applications, newest first, for the holder's file in Beheer. Only who may review
 * applications reads them (the applications policy; a provider never does).
 */
export async function applicationsOfHolder(db: Db, principal: Principal, holderId: string) {
  applicationsPolicy.authorize(principal, 'application.review');
  return new ApplicationsRepository(db).ofHolderForFile(principal.tenantId, holderId);
}

export type HolderApplicationRow = Awaited<ReturnType<typeof applicationsOfHolder>>[number];

/**
 * Applications for the free (or reduced) pass. A resident applies for themselves and their
 * household as minimum or mantelzorger and adds evidence; a reviewer of the pass organisation
 * asks questions and decides. An approval issues the passes through the passes module and sends
 * the e-mail, in one transaction with the decision; a decision on an application that was
 * decided in the meantime is refused (the row is locked while deciding).
 */
export class ApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly publicUrl: string,
    private readonly now: () => Date = () => new Date(),
    /** The sales module's payment provider: how a reduced-price pass is paid (null: no online payment). */
    private readonly paymentProvider: PaymentProviderName | null = 'test',
  ) {}

  private today() {
    return todayInNetherlands(this.now());
  }

  /**
   * A new applicant without an account gets one (a holder without a pass, and a resident login),
   * so they can log in by e-mail link. Returns whether an account was made; the route answers the
   * same either way, so the form does not reveal who is known.
   */
  async ensureApplicantAccount(tenantId: string, input: Static<typeof NewApplicantAccount>) {
    const email = input.email.trim();
    const name = input.name.trim();
    if (!name)
      throw new DomainError('invalid-input', 'Give your name.', [
        { name: 'body.name', code: 'empty', reason: 'give your name' },
      ]);
    return this.db.transaction().execute(async (tx) => {
      const repo = new ApplicationsRepository(tx);
      if (await repo.findResidentUser(tenantId, email)) return false;
      const holderId =
        (await repo.findHolderByEmail(tenantId, email))?.id ?? (await createHolder(tx, tenantId, { name, email }));
      await createResidentAccount(tx, tenantId, { holderId, name, email });
      return true;
    });
  }

  async apply(principal: Principal, input: Static<typeof NewApplication>) {
    applicationsPolicy.authorize(principal, 'application.apply');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only residents apply.');
    const today = this.today();
    const problems: InvalidParam[] = [];
    if (input.applicantBirthDate && input.applicantBirthDate > today)
      problems.push({
        name: 'body.applicantBirthDate',
        code: 'in-future',
        reason: 'a birth date cannot be in the future',
      });
    const partners = input.household.filter((m) => m.relation === 'partner');
    if (partners.length > 1)
      problems.push({ name: 'body.household', code: 'one-partner', reason: 'give at most one partner' });
    input.household.forEach((member, i) => {
      const at = `body.household.${i}`;
      if (!member.name.trim()) problems.push({ name: `${at}.name`, code: 'empty', reason: 'give the name' });
      if (member.birthDate > today)
        problems.push({ name: `${at}.birthDate`, code: 'in-future', reason: 'a birth date cannot be in the future' });
      else if (member.relation === 'child' && member.birthDate <= yearsBefore(today, 18))
        problems.push({ name: `${at}.birthDate`, code: 'not-under-18', reason: 'children must be under 18' });
    });
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This application cannot be sent; see invalidParams.', problems);

    const schemes = await passGrantingSchemes(this.db, principal.tenantId);
    const scheme = input.schemeId ? schemes.find((s) => s.id === input.schemeId) : schemes[0];
    if (input.schemeId && !scheme)
      throw new DomainError('invalid-input', 'This scheme does not grant the pass.', [
        { name: 'body.schemeId', code: 'not-a-pass-scheme', reason: 'choose a published scheme that grants the pass' },
      ]);

    const id = await this.db.transaction().execute(async (tx) => {
      const repo = new ApplicationsRepository(tx);
      const held = await repo.validFreePass(principal.tenantId, principal.holderId, today);
      if (held)
        throw new DomainError(
          'free-pass-already-held',
          `You already have a free pass, valid until ${formatDutchDate(held.valid_until)}. Apply again when it ends.`,
        );
      const row = await repo.insertApplication({
        tenantId: principal.tenantId,
        holderId: principal.holderId,
        userId: principal.userId,
        ground: input.ground,
        applicantBirthDate: input.applicantBirthDate ?? null,
        explanation: input.explanation?.trim() ?? '',
        schemeId: scheme?.id ?? null,
        passPriceCents: scheme?.passPriceCents ?? 0,
        members: input.household.map((m) => ({ ...m, name: m.name.trim() })),
      });
      if (!row)
        throw new DomainError(
          'application-already-open',
          'You already have an application in progress. Add to it, or withdraw it first.',
        );
      await repo.insertEvent(principal.tenantId, row.id, {
        kind: 'submitted',
        actor: actorId(principal),
        actorName: nameOf(principal),
      });
      return row.id;
    });
    return this.get(principal, id);
  }

  /** One application with household, evidence and history, for its applicant or a reviewer. */
  async get(principal: Principal, applicationId: string) {
    const repo = new ApplicationsRepository(this.db);
    const application = await repo.findApplication(principal.tenantId, applicationId);
    if (!application || !applicationsPolicy.can(principal, 'application.read', { holderId: application.holder_id }))
      throw notFound(applicationId);
    const [members, evidence, events, order] = await Promise.all([
      repo.members(principal.tenantId, applicationId),
      repo.evidenceList(principal.tenantId, applicationId),
      repo.events(principal.tenantId, applicationId),
      application.pass_order_id
        ? passOrderPaymentState(this.db, principal.tenantId, application.pass_order_id)
        : Promise.resolve(null),
    ]);
    const payment = order && application.pass_order_id ? { orderId: application.pass_order_id, ...order } : null;
    return { ...application, members, evidence, events, payment };
  }

  /** The resident's own applications, newest first. */
  async mine(principal: Principal) {
    applicationsPolicy.authorize(principal, 'application.apply');
    if (principal.kind !== 'resident') return [];
    const rows = await new ApplicationsRepository(this.db).listOfHolder(principal.tenantId, principal.holderId);
    return Promise.all(rows.map((row) => this.get(principal, row.id)));
  }

  /** Finds an application the principal may change and that is still open, or throws. */
  private async openOwnApplication(repo: ApplicationsRepository, principal: Principal, applicationId: string) {
    const locked = await repo.lockApplication(principal.tenantId, applicationId);
    if (!locked || !applicationsPolicy.can(principal, 'application.read', { holderId: locked.holder_id }))
      throw notFound(applicationId);
    applicationsPolicy.authorize(principal, 'application.change', { holderId: locked.holder_id });
    if (!OPEN_STATUSES.includes(locked.status))
      throw new DomainError('application-already-decided', 'This application is no longer open.');
    return locked;
  }

  async addEvidence(principal: Principal, applicationId: string, fileName: string, content: Uint8Array) {
    const mediaType = checkEvidence(content);
    const row = await this.db.transaction().execute(async (tx) => {
      const repo = new ApplicationsRepository(tx);
      await this.openOwnApplication(repo, principal, applicationId);
      const { n } = await repo.countEvidence(principal.tenantId, applicationId);
      if (Number(n) >= MAX_EVIDENCE_FILES)
        throw new DomainError('too-much-evidence', `An application carries at most ${MAX_EVIDENCE_FILES} files.`);
      const inserted = await repo.insertEvidence({
        tenantId: principal.tenantId,
        applicationId,
        fileName: cleanFileName(fileName, mediaType),
        mediaType,
        content,
      });
      await repo.insertEvent(principal.tenantId, applicationId, {
        kind: 'evidence_added',
        actor: actorId(principal),
        actorName: nameOf(principal),
        message: inserted.file_name,
      });
      return inserted;
    });
    return row;
  }

  /** The evidence file itself: only for the applicant and reviewers, and only until it is deleted. */
  async evidenceFile(principal: Principal, applicationId: string, evidenceId: string) {
    const repo = new ApplicationsRepository(this.db);
    const application = await repo.findApplication(principal.tenantId, applicationId);
    if (!application || !applicationsPolicy.can(principal, 'application.read', { holderId: application.holder_id }))
      throw notFound(applicationId);
    const file = await repo.evidenceContent(principal.tenantId, applicationId, evidenceId);
    if (!file?.content) throw new DomainError('evidence-not-found', 'This evidence does not exist or was deleted.');
    return { fileName: file.file_name, mediaType: file.media_type, content: file.content };
  }

  /** The applicant answers the reviewer's question: the application goes back to the reviewer. */
  async answer(principal: Principal, applicationId: string, message: string) {
    await this.db.transaction().execute(async (tx) => {
      const repo = new ApplicationsRepository(tx);
      await this.openOwnApplication(repo, principal, applicationId);
      await repo.setStatus(principal.tenantId, applicationId, 'submitted');
      await repo.insertEvent(principal.tenantId, applicationId, {
        kind: 'answered',
        actor: actorId(principal),
        actorName: nameOf(principal),
        message: message.trim(),
      });
    });
    return this.get(principal, applicationId);
  }

  async withdraw(principal: Principal, applicationId: string) {
    await this.db.transaction().execute(async (tx) => {
      const repo = new ApplicationsRepository(tx);
      await this.openOwnApplication(repo, principal, applicationId);
      await repo.setStatus(principal.tenantId, applicationId, 'withdrawn');
      await repo.insertEvent(principal.tenantId, applicationId, {
        kind: 'withdrawn',
        actor: actorId(principal),
        actorName: nameOf(principal),
      });
    });
    return this.get(principal, applicationId);
  }

  // ---- The review queue (pass organisation) ----

  async list(principal: Principal, filter: ApplicationFilter, page: number, pageSize: number) {
    applicationsPolicy.authorize(principal, 'application.review');
    const { rows, totalItems } = await new ApplicationsRepository(this.db).list(
      principal.tenantId,
      filter,
      pageSize,
      (page - 1) * pageSize,
    );
    return { rows, page, pageSize, totalItems };
  }

  async reviewers(principal: Principal) {
    applicationsPolicy.authorize(principal, 'application.review');
    return new ApplicationsRepository(this.db).reviewers(principal.tenantId);
  }

  /** A reviewer's action on an open application, in one transaction with its event. */
  private async review(
    principal: Principal,
    applicationId: string,
    work: (
      repo: ApplicationsRepository,
      tx: Db,
      locked: { holder_id: string; ground: string; pass_price_cents: number },
    ) => Promise<void>,
  ) {
    applicationsPolicy.authorize(principal, 'application.review');
    await this.db.transaction().execute(async (tx) => {
      const repo = new ApplicationsRepository(tx);
      const locked = await repo.lockApplication(principal.tenantId, applicationId);
      if (!locked) throw notFound(applicationId);
      if (!OPEN_STATUSES.includes(locked.status))
        throw new DomainError(
          'application-already-decided',
          `This application is ${locked.status.replace('_', ' ')} already; reload it to see who decided.`,
        );
      await work(repo, tx, locked);
    });
    return this.get(principal, applicationId);
  }

  assign(principal: Principal, applicationId: string, reviewerId: string | null) {
    return this.review(principal, applicationId, async (repo) => {
      const reviewer = reviewerId ? (await repo.reviewers(principal.tenantId)).find((r) => r.id === reviewerId) : null;
      if (reviewer === undefined)
        throw new DomainError('invalid-input', 'This reviewer does not exist.', [
          { name: 'body.reviewerId', code: 'unknown-reviewer', reason: `there is no reviewer ${reviewerId}` },
        ]);
      await repo.assign(principal.tenantId, applicationId, reviewerId);
      await repo.insertEvent(principal.tenantId, applicationId, {
        kind: 'assigned',
        actor: actorId(principal),
        actorName: nameOf(principal),
        message: reviewer?.name ?? '',
      });
    });
  }

  requestInformation(principal: Principal, applicationId: string, message: string) {
    return this.review(principal, applicationId, async (repo, tx) => {
      await repo.setStatus(principal.tenantId, applicationId, 'information_requested');
      await repo.insertEvent(principal.tenantId, applicationId, {
        kind: 'information_requested',
        actor: actorId(principal),
        actorName: nameOf(principal),
        message: message.trim(),
      });
      const application = (await repo.findApplication(principal.tenantId, applicationId))!;
      await enqueueMessage(tx, {
        tenantId: principal.tenantId,
        to: application.applicant_email,
        subject: 'Vraag over uw aanvraag voor de gratis Zaanse Pas',
        bodyText:
          `Hallo ${application.applicant_name},\n\nWe hebben een vraag over uw aanvraag:\n\n${message.trim()}\n\n` +
          `U kunt antwoorden op ${this.publicUrl}/mijn-aanvraag.`,
      });
    });
  }

  decide(principal: Principal, applicationId: string, input: Static<typeof ApplicationDecision>) {
    const reason = input.reason?.trim() ?? '';
    const objectionInfo = input.objectionInfo?.trim() ?? '';
    if (input.outcome === 'rejected') {
      const problems: InvalidParam[] = [];
      if (!reason) problems.push({ name: 'body.reason', code: 'required', reason: 'say why it is rejected' });
      if (!objectionInfo)
        problems.push({ name: 'body.objectionInfo', code: 'required', reason: 'say how to object (bezwaar)' });
      if (problems.length > 0)
        throw new DomainError('invalid-input', 'A rejection needs a reason and how to object.', problems);
    }
    return this.review(principal, applicationId, async (repo, tx, locked) => {
      const tenantId = principal.tenantId;
      const application = (await repo.findApplication(tenantId, applicationId))!;
      let issuedPassId: string | null = null;
      let passOrderId: string | null = null;
      let body: string;
      if (input.outcome === 'approved' && locked.pass_price_cents > 0) {
        const order = await this.placeHouseholdOrder(repo, tx, tenantId, applicationId, locked);
        passOrderId = order.orderId;
        body =
          `Hallo ${application.applicant_name},\n\nUw aanvraag is goedgekeurd. U krijgt de pas tegen een lager tarief: ` +
          `${formatEuro(locked.pass_price_cents)} per pas, samen ${formatEuro(order.amountCents)}.\n\n` +
          `Betaal online op ${this.publicUrl}/mijn-aanvraag. Na de betaling staat uw pas onder "Mijn pas".`;
      } else if (input.outcome === 'approved') {
        const issued = await this.issueHouseholdPasses(repo, tx, tenantId, applicationId, locked);
        issuedPassId = issued.applicantPassId;
        body =
          `Hallo ${application.applicant_name},\n\nUw aanvraag is goedgekeurd. Deze passen zijn klaar, geldig tot en met ${formatDutchDate(issued.validUntil)}:\n\n` +
          issued.made.map((m) => `- ${m.name}: ${formatPassNumber(m.number)}`).join('\n') +
          `\n\nLog in op ${this.publicUrl}/inloggen met dit e-mailadres. Onder "Mijn pas" staat uw pas.`;
      } else {
        body =
          `Hallo ${application.applicant_name},\n\nUw aanvraag voor de gratis Zaanse Pas is afgewezen.\n\nWaarom: ${reason}\n\n` +
          `Bent u het er niet mee eens? ${objectionInfo}`;
      }
      const decided = await repo.decide(tenantId, applicationId, {
        status: input.outcome,
        reason,
        objectionInfo,
        decidedBy: nameOf(principal),
        issuedPassId,
        passOrderId,
      });
      if (Number(decided.numUpdatedRows) !== 1)
        throw new DomainError('application-already-decided', 'Decided already.');
      await repo.insertEvent(tenantId, applicationId, {
        kind: input.outcome,
        actor: actorId(principal),
        actorName: nameOf(principal),
        message: reason,
      });
      await enqueueMessage(tx, {
        tenantId,
        to: application.applicant_email,
        subject:
          input.outcome === 'approved'
            ? passOrderId
              ? 'Uw aanvraag voor de Zaanse Pas is goedgekeurd'
              : 'Uw gratis Zaanse Pas is klaar'
            : 'Uw aanvraag voor de gratis Zaanse Pas',
        bodyText: body,
      });
    });
  }

  /**
   * A reduced price: no pass yet. The sales module gets an order for the household's passes at the
   * scheme's price each, which the resident pays from "Mijn aanvraag"; paid, it issues the passes.
   */
  private async placeHouseholdOrder(
    repo: ApplicationsRepository,
    tx: Db,
    tenantId: string,
    applicationId: string,
    locked: { holder_id: string; ground: string; pass_price_cents: number },
  ) {
    if (await repo.validFreePass(tenantId, locked.holder_id, this.today()))
      throw new DomainError('free-pass-already-held', 'The applicant holds a valid free or reduced pass already.');
    if (!this.paymentProvider)
      throw new DomainError(
        'application-payment-unavailable',
        'Passes cannot be paid online here, so a reduced-price application cannot be approved yet.',
      );
    const applicant = (await repo.findHolder(tenantId, locked.holder_id))!;
    const members = await repo.members(tenantId, applicationId);
    const price = locked.pass_price_cents;
    return placeReducedPriceOrder(tx, tenantId, {
      holderId: locked.holder_id,
      passCategory: locked.ground === 'minimum' ? 'low_income' : 'carer',
      provider: this.paymentProvider,
      items: [
        { passKind: 'adult', holderName: applicant.name, birthDate: applicant.birth_date, priceCents: price },
        ...members.map((m) => ({
          passKind: m.relation === 'partner' ? ('adult' as const) : ('child' as const),
          holderName: m.name,
          birthDate: m.birth_date,
          priceCents: price,
        })),
      ],
    });
  }

  /** The applicant's pass, the partner's and the children's (hung under the applicant's), for one pass year. */
  private async issueHouseholdPasses(
    repo: ApplicationsRepository,
    tx: Db,
    tenantId: string,
    applicationId: string,
    locked: { holder_id: string; ground: string },
  ) {
    const today = this.today();
    if (await repo.validFreePass(tenantId, locked.holder_id, today))
      throw new DomainError('free-pass-already-held', 'The applicant holds a valid free pass already.');
    const category = locked.ground === 'minimum' ? 'low_income' : 'carer';
    // The household's passes end together, with the validity of the applicant's pass type.
    const { validFrom, validUntil } = await passValidityFor(tx, tenantId, category, today);
    const applicant = (await repo.findHolder(tenantId, locked.holder_id))!;
    const [own] = await issuePasses(tx, tenantId, [
      { holderId: locked.holder_id, category, parentPassId: null, validFrom, validUntil },
    ]);
    const made = [{ name: applicant.name, number: own!.number }];
    const members = await repo.members(tenantId, applicationId);
    const passes: NewPass[] = [];
    for (const member of members) {
      const holderId = await createHolder(tx, tenantId, {
        name: member.name,
        birthDate: member.birth_date,
        wijkCode: applicant.wijk_code,
      });
      passes.push(
        member.relation === 'partner'
          ? { holderId, category, parentPassId: null, validFrom, validUntil }
          : { holderId, category: 'child', parentPassId: own!.id, validFrom, validUntil },
      );
    }
    const issued = await issuePasses(tx, tenantId, passes);
    members.forEach((m, i) => made.push({ name: m.name, number: issued[i]!.number }));
    return { applicantPassId: own!.id, validUntil, made };
  }
}
