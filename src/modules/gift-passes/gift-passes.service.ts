import type { Static } from '@sinclair/typebox';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { hashSecret, newSecret } from '../../shared/tokens.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { occurredOn } from '../action-budget/action-budget.service.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { createHolder, issuePasses } from '../passes/pass-issuing.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { activePaymentProvider } from '../sales/other-payments.ts';
import type { PaymentProvider } from '../sales/payment-provider.ts';
import { passValidityFor } from '../passes/pass-year.service.ts';
import { passYear } from '../sales/sales.service.ts';
import type { PaymentProviderName, PaymentStatus } from '../sales/sales.tables.ts';
import { newGiftCode, normaliseGiftCode } from './gift-code.ts';
import { GiftPassesRepository } from './gift-passes.repository.ts';
import { giftPassesPolicy } from './gift-passes.policy.ts';
import type { InvoicePayment, NewGiftCodeRedemption, NewGiftOrder } from './gift-passes.schemas.ts';

/**
 * Gift passes. A business or employer orders N gift codes at the price of an adult pass, paid
 * online through the sales module's payment provider or on invoice. No code exists until the
 * money is there: the provider says the payment is paid (never trusting the webhook's body), or
 * the pass organisation confirms the bank transfer of an invoice. Then, in one transaction, the
 * codes are made (valid for a year), the sale is booked exactly as an online pass sale (kind
 * `pass_sale`, reference = the gift order id, the actiebudget's share included) and the buyer
 * gets an e-mail with the link to the codes. A recipient activates a pass with a code once.
 */

export type GiftOrderRow = NonNullable<Awaited<ReturnType<GiftPassesRepository['findOrder']>>>;
export type GiftCodeRow = Awaited<ReturnType<GiftPassesRepository['codesOfOrders']>>[number];

export class GiftPassesService {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today() {
    return todayInNetherlands(this.now());
  }

  async createOrder(principal: Principal, input: Static<typeof NewGiftOrder>) {
    giftPassesPolicy.authorize(principal, 'giftOrder.create');
    const tenantId = principal.tenantId;
    const repo = new GiftPassesRepository(this.db);
    const problems: InvalidParam[] = [];
    const companyName = input.companyName.trim();
    const contactName = input.contactName.trim();
    if (companyName.length < 2)
      problems.push({ name: 'body.companyName', code: 'too-short', reason: 'give the name of the business' });
    if (contactName.length < 2)
      problems.push({ name: 'body.contactName', code: 'too-short', reason: 'give a contact person' });
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    const price = await repo.adultPrice(tenantId);
    const payment = input.paymentMethod === 'online' ? activePaymentProvider(this.db, this.config, tenantId) : null;
    if (!price || (input.paymentMethod === 'online' && !payment))
      throw new DomainError(
        'pass-sales-unavailable',
        'Gift passes cannot be bought here yet. Contact the pass office.',
      );

    const accessToken = newSecret('gift_');
    const order = await repo.insertOrder({
      tenantId,
      companyName,
      contactName,
      contactEmail: input.email.trim(),
      quantity: input.quantity,
      unitPriceCents: price.price_cents,
      shareCents: price.action_budget_share_cents,
      paymentMethod: input.paymentMethod,
      purchaseOrderReference: input.purchaseOrderReference?.trim() || null,
      accessTokenHash: hashSecret(accessToken),
      createdBy: actorId(principal),
    });
    const orderUrl = `${this.config.publicUrl}/cadeau/bestelling/${order.id}?sleutel=${accessToken}`;
    const tenant = await repo.tenant(tenantId);
    const passName = tenant?.pass_name ?? 'Stadspas';
    if (!payment) {
      await enqueueMessage(this.db, {
        tenantId,
        to: order.contact_email,
        subject: `Uw bestelling van ${order.quantity} cadeaupassen`,
        bodyText:
          `Beste ${contactName},\n\nBedankt voor uw bestelling van ${order.quantity} cadeaupassen voor de ${passName} voor ${companyName}. ` +
          `U krijgt een factuur van ${euros(order.amount_cents)}. Zodra wij uw betaling hebben ontvangen, staan de cadeaucodes klaar op:\n${orderUrl}\n\n` +
          `Bewaar deze link goed: met deze link ziet u de codes.`,
      });
      return { order, accessToken, checkoutUrl: null };
    }
    let created;
    try {
      created = await payment.provider.createPayment({
        amountCents: order.amount_cents,
        description: `${passName}: ${order.quantity} cadeaupassen (bestelling ${order.id.slice(0, 8)})`,
        redirectUrl: orderUrl,
        webhookUrl: `${this.config.publicUrl}/api/v1/payment-webhooks/${payment.name}`,
        metadata: { giftOrderId: order.id, tenantId },
      });
    } catch (error) {
      await repo.setStatus(tenantId, order.id, 'failed');
      throw new DomainError(
        'payment-provider-error',
        `The payment could not be started (${(error as Error).message}). Nothing was charged; please try again.`,
      );
    }
    await repo.attachPayment(tenantId, order.id, payment.name, created.paymentId, created.checkoutUrl);
    return { order, accessToken, checkoutUrl: created.checkoutUrl };
  }

  /** The order for its buyer (with the secret from the link) or the pass organisation; 404 for anyone else. */
  async getOrder(principal: Principal, orderId: string, accessToken: string | undefined) {
    const tenantId = principal.tenantId;
    const repo = new GiftPassesRepository(this.db);
    let order = await repo.findOrder(tenantId, orderId);
    const allowed =
      order &&
      (giftPassesPolicy.can(principal, 'giftOrder.manage') ||
        (accessToken !== undefined && hashSecret(accessToken) === order.access_token_hash));
    if (!order || !allowed) throw new DomainError('gift-order-not-found', `There is no gift order ${orderId} for you.`);
    if (order.status === 'open' && order.payment_provider && order.payment_id) {
      // The buyer is back before the webhook: ask the provider now, the webhook's way.
      const payment = activePaymentProvider(this.db, this.config, tenantId);
      if (payment?.name === order.payment_provider) {
        await this.handlePayment(tenantId, order.payment_provider, order.payment_id, payment.provider).catch(
          () => null,
        );
        order = (await repo.findOrder(tenantId, orderId))!;
      }
    }
    return { order, codes: await repo.codesOfOrders(tenantId, [order.id]) };
  }

  async listOrders(principal: Principal, page: number, pageSize: number) {
    giftPassesPolicy.authorize(principal, 'giftOrder.manage');
    const repo = new GiftPassesRepository(this.db);
    const { rows, totalItems } = await repo.listOrders(principal.tenantId, pageSize, (page - 1) * pageSize);
    const codes = await repo.codesOfOrders(
      principal.tenantId,
      rows.map((r) => r.id),
    );
    return {
      rows: rows.map((order) => ({ order, codes: codes.filter((c) => c.order_id === order.id) })),
      page,
      pageSize,
      totalItems,
    };
  }

  /**
   * A payment changed at the provider (webhook or test checkout, through the sales module). Null
   * when it is not a gift order's payment. Books only `paid` for exactly the order's amount, once.
   */
  async handlePayment(
    tenantId: string,
    providerName: PaymentProviderName,
    paymentId: string,
    provider: PaymentProvider,
  ): Promise<{ status: PaymentStatus } | null> {
    const repo = new GiftPassesRepository(this.db);
    const found = await repo.findOrderByPayment(tenantId, providerName, paymentId);
    if (!found) return null;
    const payment = await provider.getPayment(paymentId);
    if (payment.status === 'paid' && (payment.amountCents !== found.amount_cents || payment.currency !== 'EUR')) {
      throw new DomainError(
        'payment-amount-mismatch',
        `The provider reports ${payment.amountCents} cents ${payment.currency} paid; the gift order is ${found.amount_cents} cents EUR. Nothing was booked.`,
      );
    }
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const txRepo = new GiftPassesRepository(tx);
        const order = (await txRepo.lockOrder(tenantId, found.id))!;
        if (order.status !== 'open') return;
        if (payment.status === 'paid')
          await this.fulfil(tx, tenantId, order, `payment:${providerName}:${paymentId}`, null);
        else if (payment.status !== 'open') await txRepo.setStatus(tenantId, order.id, payment.status);
      }),
    );
    return { status: payment.status };
  }

  /** The pass organisation saw the invoice paid on the bank statement: the codes are made and the sale booked. */
  async confirmInvoicePayment(principal: Principal, orderId: string, input: Static<typeof InvoicePayment>) {
    giftPassesPolicy.authorize(principal, 'giftOrder.manage');
    const tenantId = principal.tenantId;
    if (input.receivedOn > this.today())
      throw new DomainError('invalid-input', 'The transfer cannot be in the future.', [
        { name: 'body.receivedOn', code: 'in-future', reason: 'book a transfer once it is on the bank statement' },
      ]);
    const bankReference = input.bankReference.trim();
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const order = await new GiftPassesRepository(tx).lockOrder(tenantId, orderId);
        if (!order) throw new DomainError('gift-order-not-found', `There is no gift order ${orderId}.`);
        // The same confirmation again (a retry) changes nothing.
        if (order.status === 'paid' && order.bank_reference === bankReference) return;
        if (order.status !== 'invoiced')
          throw new DomainError(
            'gift-order-not-invoiced',
            `This gift order is ${order.status}, not waiting for an invoice payment.`,
          );
        await this.fulfil(tx, tenantId, order, actorId(principal), { bankReference, receivedOn: input.receivedOn });
      }),
    ).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505')
        throw new DomainError(
          'ledger-reference-conflict',
          `Bank reference "${bankReference}" was already booked for another order.`,
        );
      throw error;
    });
    return this.getOrder(principal, orderId, undefined);
  }

  /** Makes the codes, books the sale as a pass sale and marks the order paid, in the caller's transaction. */
  private async fulfil(
    tx: Tx,
    tenantId: string,
    order: GiftOrderRow,
    recordedBy: string,
    invoice: { bankReference: string; receivedOn: string } | null,
  ) {
    const repo = new GiftPassesRepository(tx);
    const today = this.today();
    const expiresOn = passYear(today).validUntil;
    const codes = new Set<string>();
    while (codes.size < order.quantity) codes.add(newGiftCode());
    await repo.insertCodes(tenantId, order.id, [...codes], expiresOn);

    const amount = order.amount_cents;
    const share = order.action_budget_share_cents;
    const bank = await municipalityBank(tx, tenantId);
    const income = await ensureAccount(tx, tenantId, 'pass_sale_income', {}, 'Pass sales income');
    const lines = [
      { accountId: bank.id, amountCents: amount },
      { accountId: income.id, amountCents: -amount },
    ];
    if (share > 0) {
      const budget = await ensureAccount(tx, tenantId, 'action_budget', {}, 'Actiebudget');
      lines.push({ accountId: budget.id, amountCents: share }, { accountId: bank.id, amountCents: -share });
    }
    const posted = await postEntry(tx, {
      tenantId,
      kind: 'pass_sale',
      reference: order.id,
      recordedBy,
      description: `Gift pass sale: ${order.quantity} code(s) for ${order.company_name} (gift order ${order.id})`,
      ...(invoice ? { occurredAt: occurredOn(invoice.receivedOn) } : {}),
      lines,
    });
    await repo.setStatus(tenantId, order.id, 'paid', {
      paidAt: this.now(),
      saleEntryId: posted.id,
      ...(invoice ? { bankReference: invoice.bankReference } : {}),
    });
    await enqueueMessage(tx, {
      tenantId,
      to: order.contact_email,
      subject: `Uw ${order.quantity} cadeaucodes staan klaar`,
      bodyText:
        `Beste ${order.contact_name},\n\nWe hebben uw betaling ontvangen. Uw ${order.quantity} cadeaucodes staan klaar in uw bestelling ` +
        `(gebruik de link uit onze eerste e-mail). Elke code geeft één pas voor een jaar. De codes zijn te gebruiken tot en met ${formatDutchDate(expiresOn)} ` +
        `op ${this.config.publicUrl}/cadeau.`,
    });
  }

  /** A recipient activates a pass with a code: one pass per code, whatever the concurrency. */
  async redeem(principal: Principal, input: Static<typeof NewGiftCodeRedemption>) {
    giftPassesPolicy.authorize(principal, 'giftCode.redeem');
    const tenantId = principal.tenantId;
    const repo = new GiftPassesRepository(this.db);
    const code = normaliseGiftCode(input.code);
    const problems: InvalidParam[] = [];
    if (!code) problems.push({ name: 'body.code', code: 'malformed', reason: 'a gift code has 12 letters and digits' });
    if (principal.kind === 'anonymous') {
      if (!input.recipient)
        problems.push({
          name: 'body.recipient',
          code: 'required',
          reason: 'give your name, e-mail address and wijk, or log in first',
        });
      else {
        if (input.recipient.name.trim().length < 2)
          problems.push({ name: 'body.recipient.name', code: 'too-short', reason: 'give your name' });
        if (!(await repo.wijkExists(tenantId, input.recipient.wijkCode)))
          problems.push({
            name: 'body.recipient.wijkCode',
            code: 'unknown-wijk',
            reason: `there is no wijk ${input.recipient.wijkCode}`,
          });
      }
    } else if (input.recipient) {
      problems.push({
        name: 'body.recipient',
        code: 'logged-in',
        reason: 'you are logged in: the pass is for you; leave recipient out',
      });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);

    const today = this.today();
    const result = await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const { validFrom, validUntil } = await passValidityFor(tx, tenantId, 'regular', today);
        const txRepo = new GiftPassesRepository(tx);
        // The code's row lock first: a second redemption of the same code waits here, then finds it used.
        const found = await txRepo.lockCode(tenantId, code!);
        if (!found)
          throw new DomainError('gift-code-unknown', 'We do not know this gift code. Check the code and try again.');
        if (found.redeemed_at)
          throw new DomainError('gift-code-used', 'This gift code has already been used for a pass.');
        if (found.expires_on < today)
          throw new DomainError('gift-code-expired', `This gift code could be used until ${found.expires_on}.`);
        let holderId: string;
        let holder: { name: string; email: string | null };
        if (principal.kind === 'resident') {
          holderId = principal.holderId;
          const current = await txRepo.currentAdultPass(tenantId, holderId, today);
          if (current)
            throw new DomainError(
              'pass-already-active',
              `Your pass ${formatPassNumber(current.number)} is valid until ${current.valid_until}. Give the code to someone else.`,
            );
          const row = await txRepo.findHolder(tenantId, holderId);
          holder = { name: row?.name ?? principal.name, email: row?.email ?? null };
        } else {
          const recipient = input.recipient!;
          const email = recipient.email.trim();
          if (await txRepo.emailKnown(tenantId, email))
            throw new DomainError(
              'email-in-use',
              'This e-mail address is already known to us. Log in with it first, then use the code.',
            );
          holder = { name: recipient.name.trim(), email };
          holderId = await createHolder(tx, tenantId, { name: holder.name, email, wijkCode: recipient.wijkCode });
          await createResidentAccount(tx, tenantId, { holderId, name: holder.name, email });
        }
        const [pass] = await issuePasses(tx, tenantId, [
          { holderId, category: 'regular', parentPassId: null, validFrom, validUntil },
        ]);
        if (!(await txRepo.claimCode(tenantId, code!, today, pass!.id)))
          throw new DomainError('gift-code-used', 'This gift code has already been used for a pass.');
        if (holder.email) {
          const tenant = await txRepo.tenant(tenantId);
          await enqueueMessage(tx, {
            tenantId,
            to: holder.email,
            subject: `Uw ${tenant?.pass_name ?? 'pas'} is klaar`,
            bodyText:
              `Hallo ${holder.name},\n\nU heeft een pas gekregen als cadeau. Uw pasnummer is ${formatPassNumber(pass!.number)}. ` +
              `De pas is geldig van ${formatDutchDate(validFrom)} tot en met ${formatDutchDate(validUntil)}.\n\n` +
              `Log in op ${this.config.publicUrl}/inloggen met dit e-mailadres om uw pas te zien.`,
          });
        }
        return { passNumber: pass!.number, holderName: holder.name, validFrom, validUntil };
      }),
    ).catch((error: unknown) => {
      // Two redemptions racing with the same new e-mail address: the unique index has the last word.
      if ((error as { code?: string }).code === '23505')
        throw new DomainError(
          'email-in-use',
          'This e-mail address is already known to us. Log in with it first, then use the code.',
        );
      throw error;
    });
    return result;
  }
}

const euros = (cents: number) => `€ ${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
