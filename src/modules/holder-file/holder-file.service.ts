import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { applicationsOfHolder } from '../applications/applications.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { renewAtDesk, salesPointsOf } from '../desk-sales/desk-sales.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { lockHolderDetails, updateHolderDetails } from '../passes/holder-details.ts';
import {
  blockPassByOrganisation,
  replacePassByOrganisation,
  unblockPassByOrganisation,
} from '../passes/pass-life-cycle.service.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { renewalTerms } from '../passes/pass-year.service.ts';
import type { BlockReason } from '../passes/passes.tables.ts';
import type { QrKeyLookup } from '../passes/qr-keys.ts';
import { HolderFileRepository } from './holder-file.repository.ts';
import { holderFilePolicy } from './holder-file.policy.ts';
import type { HolderCorrection, NewHolderNote, NewHolderRenewal } from './holder-file.schemas.ts';
import type { FieldChange } from './holder-file.tables.ts';

/**
 * The holder's file in Beheer: everything the pass organisation knows about one holder on one
 * page, notes it writes, and corrections of the holder's details. Every correction is audited in
 * the same transaction: which field, from what to what, by whom.
 */

export type Correction = Static<typeof HolderCorrection>;
export type HolderFileData = Awaited<ReturnType<HolderFileService['get']>>;
export type HolderRenewalData = Awaited<ReturnType<HolderFileService['renew']>>;

const LIST_LIMIT = 50;

/** "1506ca" and "1506 CA" are the same postcode: stored as "1506 CA". */
export const normalisePostcode = (postcode: string) => {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
};

const addressText = (a: { street: string; house_number: string; postcode: string; city: string } | null | undefined) =>
  a ? `${a.street} ${a.house_number}, ${a.postcode} ${a.city}` : null;

const euros = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;
const PAYMENT_NAMES = { pin: 'pin', cash: 'contant' } as const;

export class HolderFileService {
  constructor(
    private readonly db: Db,
    /** The till's QR key lookup, forgotten when a replacement for a lost phone revokes devices. */
    private readonly qrKeys: QrKeyLookup,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(principal: Principal, holderId: string) {
    holderFilePolicy.authorize(principal, 'holderFile.read');
    const tenantId = principal.tenantId;
    const repo = new HolderFileRepository(this.db);
    const holder = await repo.findHolder(tenantId, holderId);
    if (!holder) throw new DomainError('holder-not-found', `There is no pass holder ${holderId}.`);
    const [passes, household, applications, redemptions, credit, messages, notes, audit, erasure, salesPoints] =
      await Promise.all([
        repo.passesOf(tenantId, holderId),
        repo.household(tenantId, holderId),
        // Asked of the applications module, under its own policy (reviewers only).
        applicationsOfHolder(this.db, principal, holderId),
        repo.redemptionsOf(tenantId, holderId, LIST_LIMIT),
        repo.creditOf(tenantId, holderId),
        holder.email ? repo.messagesTo(tenantId, holder.email, LIST_LIMIT) : Promise.resolve([]),
        repo.notesOf(tenantId, holderId),
        repo.auditOf(tenantId, holderId),
        repo.erasureOf(tenantId, holderId),
        salesPointsOf(this.db, tenantId),
      ]);
    const terms = await renewalTerms(this.db, tenantId, passes, todayInNetherlands(this.now()));
    return {
      holder,
      passes: passes.map((pass, i) => ({ ...pass, renewal: terms[i]! })),
      household,
      applications,
      redemptions,
      credit,
      messages,
      notes,
      audit,
      erasure,
      salesPoints,
    };
  }

  async addNote(principal: Principal, holderId: string, input: Static<typeof NewHolderNote>) {
    holderFilePolicy.authorize(principal, 'holderFile.correct');
    const body = input.body.trim();
    if (body.length === 0)
      throw new DomainError('invalid-input', 'The note is empty.', [
        { name: 'body.body', code: 'empty', reason: 'write the note' },
      ]);
    const repo = new HolderFileRepository(this.db);
    if (!(await repo.findHolder(principal.tenantId, holderId)))
      throw new DomainError('holder-not-found', `There is no pass holder ${holderId}.`);
    return repo.insertNote({
      tenantId: principal.tenantId,
      holderId,
      body,
      writtenBy: actorId(principal),
      writtenByName: principal.kind === 'staff' ? principal.name : actorId(principal),
    });
  }

  /**
   * Renews one of the holder's paid passes, paid by pin or cash at a sales point: through the
   * desk-sales module (its rule, its booking with the actiebudget's share, that desk's day and
   * closing), and audited here in the same transaction. The same saleId again renews nothing twice.
   */
  async renew(principal: Principal, holderId: string, input: Static<typeof NewHolderRenewal>) {
    holderFilePolicy.authorize(principal, 'holderFile.renew');
    const tenantId = principal.tenantId;
    const repo = new HolderFileRepository(this.db);
    if (!(await repo.findHolder(tenantId, holderId)))
      throw new DomainError('holder-not-found', `There is no pass holder ${holderId}.`);
    const problems: InvalidParam[] = [];
    const point = (await salesPointsOf(this.db, tenantId)).find((p) => p.id === input.salesPointId);
    if (!point)
      problems.push({ name: 'body.salesPointId', code: 'unknown-sales-point', reason: 'choose a sales point' });
    const passes = await repo.passesOf(tenantId, holderId);
    if (!passes.some((p) => p.id === input.passId))
      problems.push({ name: 'body.passId', code: 'not-this-holder', reason: 'this is not a pass of this holder' });
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    const saleId = input.saleId ?? randomUUID();
    const actor = actorId(principal);
    const actorName = principal.kind === 'staff' ? principal.name : actor;
    const renewal = await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const done = await renewAtDesk(tx, {
          tenantId,
          point: point!,
          pass: { id: input.passId },
          paymentMethod: input.paymentMethod,
          saleId,
          soldBy: actor,
          day: todayInNetherlands(this.now()),
        });
        // A repeated saleId answers the earlier renewal, which was audited then.
        if (done.validUntilBefore !== null)
          await new HolderFileRepository(tx).insertAudit({
            tenantId,
            holderId,
            action: 'pass.renewed',
            changes: [
              { field: 'pass', from: null, to: formatPassNumber(done.passNumber) },
              { field: 'validUntil', from: done.validUntilBefore, to: done.validUntil },
              {
                field: 'payment',
                from: null,
                to: `${euros(done.amountCents)} ${PAYMENT_NAMES[input.paymentMethod]}, ${point!.name}`,
              },
            ],
            actor,
            actorName,
          });
        return done;
      }),
    );
    return { ...renewal, salesPointName: point!.name };
  }

  /**
   * Block, unblock or replace one of the holder's passes from the file: by the passes module's rule
   * (`pass.manage`, its checks and locks), and audited here in the same transaction, with who did it.
   * A refused action changes and audits nothing; blocking a blocked pass (or unblocking an
   * unblocked one) changes nothing and audits nothing.
   */
  async blockPass(principal: Principal, holderId: string, passId: string, reason: BlockReason) {
    const audit = await this.passActionAudit(principal, holderId, passId);
    return withRetry(() =>
      blockPassByOrganisation(this.db, principal, { passId, reason }, async (tx, done) => {
        if (done.changed)
          await audit(tx, 'pass.blocked', [
            { field: 'pass', from: null, to: formatPassNumber(done.number) },
            { field: 'status', from: done.statusBefore, to: 'blocked' },
            { field: 'reason', from: null, to: reason },
          ]);
      }),
    );
  }

  async unblockPass(principal: Principal, holderId: string, passId: string) {
    const audit = await this.passActionAudit(principal, holderId, passId);
    return withRetry(() =>
      unblockPassByOrganisation(this.db, principal, passId, async (tx, done) => {
        if (done.changed)
          await audit(tx, 'pass.unblocked', [
            { field: 'pass', from: null, to: formatPassNumber(done.number) },
            { field: 'status', from: 'blocked', to: 'active' },
          ]);
      }),
    );
  }

  async replacePass(principal: Principal, holderId: string, passId: string, reason: BlockReason) {
    const audit = await this.passActionAudit(principal, holderId, passId);
    return withRetry(() =>
      replacePassByOrganisation(this.db, this.qrKeys, principal, { passId, reason }, (tx, done) =>
        audit(tx, 'pass.replaced', [
          { field: 'pass', from: formatPassNumber(done.oldPass.number), to: formatPassNumber(done.newPass.number) },
          { field: 'reason', from: null, to: reason },
        ]),
      ),
    );
  }

  /** Checks that the file is the caller's to read and the pass is this holder's; returns the audit writer. */
  private async passActionAudit(principal: Principal, holderId: string, passId: string) {
    holderFilePolicy.authorize(principal, 'holderFile.read');
    const tenantId = principal.tenantId;
    const repo = new HolderFileRepository(this.db);
    if (!(await repo.findHolder(tenantId, holderId)))
      throw new DomainError('holder-not-found', `There is no pass holder ${holderId}.`);
    if (!(await repo.passesOf(tenantId, holderId)).some((p) => p.id === passId))
      throw new DomainError('pass-not-found', `Pass ${passId} is not a pass of this holder.`);
    const actor = actorId(principal);
    const actorName = principal.kind === 'staff' ? principal.name : actor;
    return (tx: Db, action: string, changes: FieldChange[]) =>
      new HolderFileRepository(tx).insertAudit({ tenantId, holderId, action, changes, actor, actorName });
  }

  /** Corrects the fields sent, all or nothing, and audits what changed. Nothing changed: nothing audited. */
  async correct(principal: Principal, holderId: string, input: Correction) {
    holderFilePolicy.authorize(principal, 'holderFile.correct');
    const tenantId = principal.tenantId;
    const repo = new HolderFileRepository(this.db);
    const problems: InvalidParam[] = [];
    const name = input.name?.trim();
    if (name !== undefined && name.length < 2)
      problems.push({ name: 'body.name', code: 'too-short', reason: "give the holder's full name" });
    const email = input.email === undefined ? undefined : input.email?.trim().toLowerCase() || null;
    if (email && (await repo.emailTakenByOther(tenantId, holderId, email)))
      problems.push({ name: 'body.email', code: 'in-use', reason: 'another holder has this e-mail address' });
    if (input.birthDate && input.birthDate > new Date().toISOString().slice(0, 10))
      problems.push({ name: 'body.birthDate', code: 'in-future', reason: 'a birth date cannot be in the future' });
    if (input.wijkCode && !(await repo.wijkExists(tenantId, input.wijkCode)))
      problems.push({ name: 'body.wijkCode', code: 'unknown-wijk', reason: `there is no wijk ${input.wijkCode}` });
    const address =
      input.address === undefined
        ? undefined
        : input.address && {
            street: input.address.street.trim(),
            houseNumber: input.address.houseNumber.trim(),
            postcode: normalisePostcode(input.address.postcode),
            city: input.address.city.trim(),
          };
    if (address) {
      for (const field of ['street', 'houseNumber', 'city'] as const)
        if (address[field].length === 0)
          problems.push({ name: `body.address.${field}`, code: 'empty', reason: 'fill this in' });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);

    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const txRepo = new HolderFileRepository(tx);
        const before = await lockHolderDetails(tx, tenantId, holderId);
        if (!before) throw new DomainError('holder-not-found', `There is no pass holder ${holderId}.`);
        const after = {
          name: name ?? before.name,
          email: email === undefined ? before.email : email,
          birthDate: input.birthDate === undefined ? before.birth_date : input.birthDate,
          wijkCode: input.wijkCode === undefined ? before.wijk_code : input.wijkCode,
        };
        const changes: FieldChange[] = [];
        const compare = (field: string, from: string | null, to: string | null) => {
          if (from !== to) changes.push({ field, from, to });
        };
        compare('name', before.name, after.name);
        compare('email', before.email, after.email);
        compare('birthDate', before.birth_date, after.birthDate);
        compare('wijkCode', before.wijk_code, after.wijkCode);
        if (changes.length > 0) await updateHolderDetails(tx, tenantId, holderId, after);
        if (address !== undefined) {
          const oldAddress = addressText(await txRepo.findAddress(tenantId, holderId));
          const newAddress = addressText(
            address && {
              street: address.street,
              house_number: address.houseNumber,
              postcode: address.postcode,
              city: address.city,
            },
          );
          if (oldAddress !== newAddress) {
            await txRepo.saveAddress(tenantId, holderId, address);
            changes.push({ field: 'address', from: oldAddress, to: newAddress });
          }
        }
        if (changes.length > 0)
          await txRepo.insertAudit({
            tenantId,
            holderId,
            action: 'details.corrected',
            changes,
            actor: actorId(principal),
            actorName: principal.kind === 'staff' ? principal.name : actorId(principal),
          });
      }),
    ).catch((error: unknown) => {
      // Two corrections racing to the same new e-mail address: the unique index has the last word.
      if ((error as { code?: string }).code === '23505')
        throw new DomainError('invalid-input', 'This e-mail address is in use.', [
          { name: 'body.email', code: 'in-use', reason: 'another holder has this e-mail address' },
        ]);
      throw error;
    });
    return this.get(principal, holderId);
  }
}
