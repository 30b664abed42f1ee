import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Config } from '../../config.ts';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import {
  ensureAccount,
  findReversalOf,
  linesOfEntry,
  municipalityBank,
  postEntry,
  type Tx,
} from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import { blockPasses, createHolder, issuePasses } from '../passes/pass-issuing.ts';
import type { NewPass } from '../passes/pass-issuing.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { passValidityFor } from '../passes/pass-year.service.ts';
import { MollieProvider } from './mollie-provider.ts';
import { otherPaymentHandlers } from './other-payments.ts';
import { PaymentNotFoundError, type PaymentInfo, type PaymentProvider } from './payment-provider.ts';
import type { SalesConfig } from './sales.config.ts';
import {
  SalesRepository as SalesRepositoryClass,
  type SalesRepository,
  type NewOrderItem,
} from './sales.repository.ts';
import type { OrderPassCategory, OrderStatus, PassKind, PaymentProviderName } from './sales.tables.ts';
import { TestPaymentProvider } from './test-payment-provider.ts';
import { salesPolicy } from './sales.policy.ts';
import type { NewPassOrder, PassOrderCreated } from './sales.schemas.ts';

/**
 * Selling passes online. A resident (logged in, or new: name, e-mail and wijk) orders a pass for
 * themselves and optionally child passes, and pays at a payment provider. Nothing is booked and
 * no pass exists until the provider itself says the payment is paid, for the amount of the order:
 * the webhook never trusts what it is sent, it asks the provider.
 *
 * A paid order is fulfilled in one transaction: the passes (pass year from today), the booking
 * (kind `pass_sale`, reference = the order id, so it is booked once however often the webhook
 * comes) and the order's status. A refund pays the money back through the provider, then books
 * the mirror image (kind `pass_sale_refund`) and blocks the order's passes.
 *
 * The sale in the ledger (see docs/ledger.md):
 *   municipality_bank   +amount   the buyer's money arrived at the municipality's bank
 *   pass_sale_income    −amount   ... as income from pass sales
 *   action_budget       +share    ... of which the configured part is earmarked for the actiebudget
 *   municipality_bank   −share    ... from the municipality's bank
 */

const CHILD_MAX_AGE_YEARS = 18;

/** What a buyer sends: the request body. */
export type OrderInput = Static<typeof NewPassOrder>;

export interface Prices {
  adult: { priceCents: number; shareCents: number };
  child: { priceCents: number; shareCents: number };
}

export type Order = NonNullable<Awaited<ReturnType<SalesRepository['findOrder']>>>;
export type OrderItem = Awaited<ReturnType<SalesRepository['orderItems']>>[number];

/** 'YYYY-MM-DD' plus whole years (29 February becomes 28 February in a year without it). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** A pass year: from today up to and including the day before the same date next year. */
export function passYear(today: string) {
  return { validFrom: today, validUntil: dayBefore(addYears(today, 1)) };
}

export class SalesService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly config: Config,
    private readonly sales: SalesConfig,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The provider that handles payments of this name for this municipality. */
  providerFor(name: PaymentProviderName, tenantId: string): PaymentProvider {
    if (name === 'test') return new TestPaymentProvider(this.repo.db, tenantId);
    if (!this.sales.mollieApiKey) throw new DomainError('payment-not-found', 'Mollie is not configured here.');
    return new MollieProvider({ apiKey: this.sales.mollieApiKey });
  }

  /** The test provider, only while it is the active provider (never in production by accident). */
  testProvider(tenantId: string): TestPaymentProvider {
    if (this.sales.provider !== 'test')
      throw new DomainError('payment-not-found', 'The test payment provider is not active here.');
    return new TestPaymentProvider(this.repo.db, tenantId);
  }

  async prices(tenantId: string): Promise<Prices & { provider: PaymentProviderName | null }> {
    const rows = await this.repo.prices(tenantId);
    const of = (kind: PassKind) => rows.find((r) => r.pass_kind === kind);
    const adult = of('adult');
    const child = of('child');
    if (!adult || !child || !this.sales.provider) {
      throw new DomainError(
        'pass-sales-unavailable',
        'Passes cannot be bought online in this municipality yet. Contact the pass office.',
      );
    }
    return {
      adult: { priceCents: adult.price_cents, shareCents: adult.action_budget_share_cents },
      child: { priceCents: child.price_cents, shareCents: child.action_budget_share_cents },
      provider: this.sales.provider,
    };
  }

  /** Places an order and starts its payment. Returns where the buyer pays. */
  async createOrder(principal: Principal, input: OrderInput): Promise<Static<typeof PassOrderCreated>> {
    salesPolicy.authorize(principal, 'passOrder.create');
    const tenantId = principal.tenantId;
    const prices = await this.prices(tenantId);
    const providerName = prices.provider!;
    const today = todayInNetherlands(this.now());
    const children = input.children ?? [];
    const passForSelf = input.passForSelf ?? true;

    const problems: InvalidParam[] = [];
    children.forEach((child, i) => {
      if (child.name.trim().length < 2)
        problems.push({ name: `body.children.${i}.name`, code: 'too-short', reason: "give the child's name" });
      if (child.birthDate > today)
        problems.push({
          name: `body.children.${i}.birthDate`,
          code: 'in-future',
          reason: 'a birth date cannot be in the future',
        });
      else if (child.birthDate <= addYears(today, -CHILD_MAX_AGE_YEARS)) {
        problems.push({
          name: `body.children.${i}.birthDate`,
          code: 'not-a-child',
          reason: `a child pass is for children under ${CHILD_MAX_AGE_YEARS}`,
        });
      }
    });
    if (!passForSelf && children.length === 0)
      problems.push({
        name: 'body.children',
        code: 'empty-order',
        reason: 'order your own pass, a child pass, or both',
      });
    if (principal.kind === 'anonymous') {
      if (!input.buyer)
        problems.push({
          name: 'body.buyer',
          code: 'required',
          reason: 'give your name, e-mail address and wijk, or log in first',
        });
      if (!passForSelf)
        problems.push({
          name: 'body.passForSelf',
          code: 'log-in-first',
          reason: 'child passes are linked to your own pass: order it too, or log in first',
        });
      if (input.buyer && !(await this.repo.wijkExists(tenantId, input.buyer.wijkCode))) {
        problems.push({
          name: 'body.buyer.wijkCode',
          code: 'unknown-wijk',
          reason: `there is no wijk ${input.buyer.wijkCode}`,
        });
      }
      if (input.buyer && input.buyer.name.trim().length < 2)
        problems.push({ name: 'body.buyer.name', code: 'too-short', reason: 'give your name' });
    } else if (input.buyer) {
      problems.push({
        name: 'body.buyer',
        code: 'logged-in',
        reason: 'you are logged in: the order is in your name; leave buyer out',
      });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);

    const items: NewOrderItem[] = [];
    const order = await withRetry(() =>
      this.repo.transaction(async (repo) => {
        let holderId: string;
        let holderName: string;
        let parentPassId: string | null = null;
        if (principal.kind === 'resident') {
          holderId = principal.holderId;
          const holder = await repo.findHolder(tenantId, holderId);
          holderName = holder?.name ?? principal.name;
          const current = (await repo.currentPasses(tenantId, holderId, today)).filter((p) => p.category !== 'child');
          if (passForSelf && current.length > 0) {
            throw new DomainError(
              'pass-already-active',
              `Your pass ${formatPassNumber(current[0]!.number)} is valid until ${current[0]!.valid_until}. You can order child passes without a new pass of your own.`,
            );
          }
          if (!passForSelf) {
            if (current.length === 0)
              throw new DomainError(
                'pass-not-found',
                'Child passes are linked to your own pass, and you have no valid pass. Order your own pass too.',
              );
            parentPassId = current[0]!.id;
          }
        } else {
          const buyer = input.buyer!;
          const email = buyer.email.trim();
          if (await repo.emailKnown(tenantId, email)) {
            throw new DomainError(
              'email-in-use',
              'This e-mail address is already known to us. Log in with it first (we send you a link), then order.',
            );
          }
          holderName = buyer.name.trim();
          holderId = await createHolder(repo.db, tenantId, { name: holderName, email, wijkCode: buyer.wijkCode });
          await createResidentAccount(repo.db, tenantId, { holderId, name: holderName, email });
        }
        items.length = 0;
        if (passForSelf)
          items.push({
            passKind: 'adult',
            holderName,
            birthDate: null,
            priceCents: prices.adult.priceCents,
            shareCents: prices.adult.shareCents,
          });
        for (const child of children) {
          items.push({
            passKind: 'child',
            holderName: child.name.trim(),
            birthDate: child.birthDate,
            priceCents: prices.child.priceCents,
            shareCents: prices.child.shareCents,
          });
        }
        return repo.insertOrder(tenantId, { holderId, provider: providerName, parentPassId, items });
      }),
    ).catch((error: unknown) => {
      // Two orders racing with the same new e-mail address: the unique index has the last word.
      if ((error as { code?: string }).code === '23505')
        throw new DomainError(
          'email-in-use',
          'This e-mail address is already known to us. Log in with it first, then order.',
        );
      throw error;
    });

    const provider = this.providerFor(providerName, tenantId);
    const tenant = await this.repo.tenant(tenantId);
    let payment;
    try {
      payment = await provider.createPayment({
        amountCents: order.amount_cents,
        description: `${tenant?.pass_name ?? 'Stadspas'}: ${items.length === 1 ? '1 pas' : `${items.length} passen`} (bestelling ${order.id.slice(0, 8)})`,
        redirectUrl: `${this.config.publicUrl}/pas-kopen/bestelling/${order.id}`,
        webhookUrl: `${this.config.publicUrl}/api/v1/payment-webhooks/${providerName}`,
        metadata: { orderId: order.id, tenantId },
      });
    } catch (error) {
      await this.repo.setStatus(tenantId, order.id, 'failed');
      throw new DomainError(
        'payment-provider-error',
        `The payment could not be started (${(error as Error).message}). Nothing was charged; please try again.`,
      );
    }
    await this.repo.attachPayment(tenantId, order.id, payment.paymentId, payment.checkoutUrl);
    return {
      orderId: order.id,
      checkoutUrl: payment.checkoutUrl,
      amountCents: order.amount_cents,
      status: 'open',
    };
  }

  /**
   * The order's status, for the buyer after the checkout. Anyone with the order id sees the
   * status and amount; the names and pass numbers only the buyer (logged in) and the pass organisation.
   */
  async getOrder(principal: Principal, orderId: string) {
    let order = await this.repo.findOrder(principal.tenantId, orderId);
    if (!order) throw new DomainError('pass-order-not-found', `There is no pass order ${orderId}.`);
    if (order.status === 'open' && order.payment_id) {
      // The buyer is back before the webhook (or the webhook cannot reach us, e.g. on a laptop):
      // ask the provider now, through exactly the webhook's path. A failure leaves it to the webhook.
      try {
        await this.handleWebhook(principal.tenantId, order.payment_provider, order.payment_id);
        order = (await this.repo.findOrder(principal.tenantId, orderId))!;
      } catch {
        /* the order stays open; the provider's webhook will come */
      }
    }
    const items = await this.repo.orderItems(principal.tenantId, orderId);
    return {
      order,
      items,
      detailed: salesPolicy.can(principal, 'passOrder.readDetails', { holderId: order.holder_id }),
    };
  }

  async listOrders(principal: Principal, page: number, pageSize: number, status?: OrderStatus) {
    salesPolicy.authorize(principal, 'passOrder.manage');
    const { rows, totalItems } = await this.repo.listOrders(principal.tenantId, page, pageSize, status);
    return { rows, page, pageSize, totalItems };
  }

  /**
   * The provider says a payment changed. We never trust the message: we ask the provider for the
   * payment's status and amount, and book only `paid` for exactly the order's amount in euros.
   * Idempotent: a repeated or concurrent call books nothing twice (the order row is locked, and
   * the booking's reference is the order id).
   */
  async handleWebhook(tenantId: string, providerName: PaymentProviderName, paymentId: string) {
    const found = await this.repo.findOrderByPayment(tenantId, providerName, paymentId);
    if (!found) {
      // Not a pass order: perhaps another module's payment (gift passes), see other-payments.ts.
      for (const handler of otherPaymentHandlers()) {
        const handled = await handler(tenantId, providerName, paymentId, this.providerFor(providerName, tenantId));
        if (handled) return { orderId: paymentId, status: handled.status as OrderStatus, booked: false };
      }
      throw new DomainError('payment-not-found', `No pass order has payment ${paymentId}.`);
    }
    let payment: PaymentInfo;
    try {
      payment = await this.providerFor(providerName, tenantId).getPayment(paymentId);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (error instanceof PaymentNotFoundError)
        throw new DomainError('payment-not-found', `The payment provider does not know payment ${paymentId}.`);
      throw new DomainError(
        'payment-provider-error',
        'The payment provider could not be asked for the payment status. Nothing was booked; send the webhook again.',
      );
    }
    if (payment.status === 'paid' && (payment.amountCents !== found.amount_cents || payment.currency !== 'EUR')) {
      throw new DomainError(
        'payment-amount-mismatch',
        `The provider reports ${payment.amountCents} cents ${payment.currency} paid; the order is ${found.amount_cents} cents EUR. Nothing was booked.`,
      );
    }
    return withRetry(() =>
      this.repo.transaction(async (repo, tx) => {
        const order = await repo.lockOrder(tenantId, found.id);
        if (!order) throw new DomainError('pass-order-not-found', `There is no pass order ${found.id}.`);
        if (['paid', 'refunding', 'refunded'].includes(order.status))
          return { orderId: order.id, status: order.status, booked: false };
        if (payment.status === 'paid') {
          await this.fulfil(repo, tx, tenantId, order);
          return { orderId: order.id, status: 'paid' as OrderStatus, booked: true };
        }
        if (payment.status !== 'open' && order.status === 'open')
          await repo.setStatus(tenantId, order.id, payment.status);
        return { orderId: order.id, status: payment.status === 'open' ? order.status : payment.status, booked: false };
      }),
    );
  }

  /** Makes the passes, books the sale and marks the order paid: all in the caller's transaction. */
  private async fulfil(repo: SalesRepository, tx: Tx, tenantId: string, order: Order) {
    const items = await repo.orderItems(tenantId, order.id);
    const amount = items.reduce((t, i) => t + i.price_cents, 0);
    const share = items.reduce((t, i) => t + i.action_budget_share_cents, 0);
    if (amount !== order.amount_cents || share !== order.action_budget_share_cents) {
      throw new Error(
        `order ${order.id}: items sum to ${amount}/${share} cents, the order says ${order.amount_cents}/${order.action_budget_share_cents}`,
      );
    }
    const tenant = await repo.tenant(tenantId);
    const buyer = await repo.findHolder(tenantId, order.holder_id);
    // The pass year per pass type, as the pass organisation set it (passes/pass-year.service.ts).
    const today = todayInNetherlands(this.now());
    const { validFrom, validUntil } = await passValidityFor(tx, tenantId, 'regular', today);
    const childYear = await passValidityFor(tx, tenantId, 'child', today);
    const adults = items.filter((i) => i.pass_kind === 'adult');
    const children = items.filter((i) => i.pass_kind === 'child');
    const made: { name: string; number: string; kind: PassKind }[] = [];
    // The first adult pass is the buyer's; a reduced-price order (an approved application) may
    // also hold a partner's, who becomes a holder of their own.
    const adultHolders: string[] = [];
    for (const [i, item] of adults.entries())
      adultHolders.push(
        i === 0
          ? order.holder_id
          : await createHolder(tx, tenantId, {
              name: item.holder_name,
              birthDate: item.birth_date,
              wijkCode: buyer?.wijk_code ?? null,
            }),
      );
    const adultPasses = await issuePasses(
      tx,
      tenantId,
      adultHolders.map((holderId) => ({
        holderId,
        category: order.pass_category,
        parentPassId: null,
        validFrom,
        validUntil,
      })),
    );
    for (const [i, item] of adults.entries()) {
      await repo.setItemPass(tenantId, order.id, item.item_no, adultPasses[i]!.id);
      made.push({ name: item.holder_name, number: adultPasses[i]!.number, kind: 'adult' });
    }
    // Children's passes hang under the pass just bought, or under the buyer's current pass.
    const parentPassId = adultPasses.at(-1)?.id ?? order.parent_pass_id;
    const childPasses: NewPass[] = [];
    for (const item of children) {
      const holderId = await createHolder(tx, tenantId, {
        name: item.holder_name,
        birthDate: item.birth_date,
        wijkCode: buyer?.wijk_code ?? null,
      });
      childPasses.push({ holderId, category: 'child', parentPassId, ...childYear });
    }
    const issuedChildren = await issuePasses(tx, tenantId, childPasses);
    for (const [i, item] of children.entries()) {
      await repo.setItemPass(tenantId, order.id, item.item_no, issuedChildren[i]!.id);
      made.push({ name: item.holder_name, number: issuedChildren[i]!.number, kind: 'child' });
    }

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
      recordedBy: `payment:${order.payment_provider}:${order.payment_id}`,
      description: `Pass sale: order ${order.id} (${items.length} pass${items.length === 1 ? '' : 'es'})`,
      lines,
    });
    await repo.setStatus(tenantId, order.id, 'paid', { paidAt: this.now(), saleEntryId: posted.id });

    if (buyer?.email) {
      await enqueueMessage(tx, {
        tenantId,
        to: buyer.email,
        subject: `Uw ${tenant!.pass_name} is betaald`,
        bodyText:
          `Hallo ${buyer.name},\n\nWe hebben uw betaling ontvangen. Deze passen zijn klaar, geldig van ${formatDutchDate(validFrom)} tot en met ${formatDutchDate(validUntil)}:\n\n` +
          made
            .map((m) => `- ${m.name}: ${formatPassNumber(m.number)}${m.kind === 'child' ? ' (kinderpas)' : ''}`)
            .join('\n') +
          `\n\nLog in op ${this.config.publicUrl}/inloggen met dit e-mailadres om uw pas te zien.`,
      });
    }
  }

  /**
   * Pays the whole order back through the provider, then books the mirror image of the sale and
   * blocks the order's passes. Safe to repeat: the provider gets the order id as idempotency key,
   * and the booking's reference is the order id.
   */
  async refund(principal: Principal, orderId: string, reason: string | undefined) {
    salesPolicy.authorize(principal, 'passOrder.manage');
    const tenantId = principal.tenantId;
    const order = await withRetry(() =>
      this.repo.transaction(async (repo) => {
        const locked = await repo.lockOrder(tenantId, orderId);
        if (!locked) throw new DomainError('pass-order-not-found', `There is no pass order ${orderId}.`);
        if (locked.status === 'refunded') return locked;
        if (locked.status !== 'paid' && locked.status !== 'refunding') {
          throw new DomainError(
            'pass-order-not-refundable',
            `Only a paid order can be refunded; this one is ${locked.status}.`,
          );
        }
        const reversed = await findReversalOf(repo.db, tenantId, locked.sale_entry_id!);
        if (reversed && reversed.kind !== 'pass_sale_refund') {
          throw new DomainError(
            'pass-order-not-refundable',
            'The booking of this sale was already corrected in the ledger.',
          );
        }
        if (locked.status === 'paid') await repo.setStatus(tenantId, orderId, 'refunding');
        return locked;
      }),
    );
    if (order.status === 'refunded') return { order, created: false };

    try {
      await this.providerFor(order.payment_provider, tenantId).refund(
        order.payment_id!,
        order.amount_cents,
        `refund-${order.id}`,
      );
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError(
        'payment-provider-error',
        `The payment provider did not accept the refund (${(error as Error).message}). Nothing was booked; try again.`,
      );
    }

    const refunded = await withRetry(() =>
      this.repo.transaction(async (repo, tx) => {
        const locked = await repo.lockOrder(tenantId, orderId);
        if (locked!.status === 'refunded') return { order: locked!, created: false };
        const lines = await linesOfEntry(tx, tenantId, locked!.sale_entry_id!);
        const posted = await postEntry(tx, {
          tenantId,
          kind: 'pass_sale_refund',
          reference: orderId,
          reversesEntryId: locked!.sale_entry_id,
          recordedBy: actorId(principal),
          description: `Refund of pass sale: order ${orderId}${reason ? ` (${reason})` : ''}`,
          lines: lines.map((line) => ({ accountId: line.account_id, amountCents: -line.amount_cents })),
        });
        const items = await repo.orderItems(tenantId, orderId);
        await blockPasses(
          tx,
          tenantId,
          items.flatMap((i) => (i.pass_id ? [i.pass_id] : [])),
        );
        await repo.setStatus(tenantId, orderId, 'refunded', {
          refundedAt: this.now(),
          refundEntryId: posted.id,
          refundReason: reason ?? null,
          refundedBy: actorId(principal),
        });
        return { order: (await repo.findOrder(tenantId, orderId))!, created: true };
      }),
    );
    return refunded;
  }

  /**
   * Starts (or starts again) the payment of an order placed without one: a pass at a scheme's
   * reduced price (`placeReducedPriceOrder`). Only the holder it is for; an open payment is
   * returned as it is, a failed, canceled or expired one is replaced by a new one.
   */
  async startOrderPayment(principal: Principal, orderId: string): Promise<Static<typeof PassOrderCreated>> {
    const tenantId = principal.tenantId;
    const order = await this.repo.findOrder(tenantId, orderId);
    if (!order || !salesPolicy.can(principal, 'passOrder.pay', { holderId: order.holder_id }))
      throw new DomainError('pass-order-not-found', `There is no pass order ${orderId}.`);
    if (order.status === 'open' && order.checkout_url)
      return { orderId, checkoutUrl: order.checkout_url, amountCents: order.amount_cents, status: 'open' };
    if (order.pass_category === 'regular' || !['open', 'failed', 'canceled', 'expired'].includes(order.status))
      throw new DomainError('pass-order-not-payable', `This order is ${order.status}; it cannot be paid now.`);
    const providerName = this.sales.provider;
    if (!providerName)
      throw new DomainError('pass-sales-unavailable', 'Passes cannot be paid online here. Contact the pass office.');
    const tenant = await this.repo.tenant(tenantId);
    let payment;
    try {
      payment = await this.providerFor(providerName, tenantId).createPayment({
        amountCents: order.amount_cents,
        description: `${tenant?.pass_name ?? 'Stadspas'} tegen gereduceerd tarief (bestelling ${order.id.slice(0, 8)})`,
        redirectUrl: `${this.config.publicUrl}/pas-kopen/bestelling/${order.id}`,
        webhookUrl: `${this.config.publicUrl}/api/v1/payment-webhooks/${providerName}`,
        metadata: { orderId: order.id, tenantId },
      });
    } catch (error) {
      throw new DomainError(
        'payment-provider-error',
        `The payment could not be started (${(error as Error).message}). Nothing was charged; please try again.`,
      );
    }
    await this.repo.restartPayment(tenantId, order.id, providerName, payment.paymentId, payment.checkoutUrl);
    return { orderId, checkoutUrl: payment.checkoutUrl, amountCents: order.amount_cents, status: 'open' };
  }

  /** The test checkout page: what is being paid, and the return address. */
  async testPayment(tenantId: string, paymentId: string) {
    const payment = await this.testProvider(tenantId).find(paymentId);
    if (!payment) throw new DomainError('payment-not-found', `There is no test payment ${paymentId}.`);
    return payment;
  }

  /** The tester chose how the test payment ends; the test provider then calls our webhook, as Mollie would. */
  async completeTestPayment(tenantId: string, paymentId: string, status: 'paid' | 'failed' | 'canceled') {
    const provider = this.testProvider(tenantId);
    const payment = await provider.find(paymentId);
    if (!payment) throw new DomainError('payment-not-found', `There is no test payment ${paymentId}.`);
    if (!(await provider.complete(paymentId, status))) {
      const now = await provider.find(paymentId);
      if (now?.status !== status)
        throw new DomainError('conflict', `This test payment has already ended (${now?.status}).`);
    }
    // In-process, the same code path as POST /payment-webhooks/test: the webhook asks the provider again.
    const result = await this.handleWebhook(tenantId, 'test', paymentId);
    return { ...(await provider.find(paymentId))!, orderStatus: result.status };
  }
}

/**
 * A pass at a scheme's reduced price (issue 13): how another module (an approved application)
 * places the order, inside its own transaction. The order waits without a payment until the
 * resident starts it (`POST /pass-orders/{orderId}/payments`); paid, the usual fulfilment issues
 * the passes in `passCategory` (children: `child`) and books the sale. No actiebudget share.
 */
export async function placeReducedPriceOrder(
  tx: Kysely<DB>,
  tenantId: string,
  order: {
    holderId: string;
    passCategory: Exclude<OrderPassCategory, 'regular'>;
    provider: PaymentProviderName;
    items: { passKind: PassKind; holderName: string; birthDate: string | null; priceCents: number }[];
  },
): Promise<{ orderId: string; amountCents: number }> {
  const row = await new SalesRepositoryClass(tx).insertOrder(tenantId, {
    holderId: order.holderId,
    provider: order.provider,
    parentPassId: null,
    passCategory: order.passCategory,
    items: order.items.map((i) => ({ ...i, shareCents: 0 })),
  });
  return { orderId: row.id, amountCents: row.amount_cents };
}

/** An order's status and amount, for the module that placed it (an application shows what is due). */
export async function passOrderPaymentState(db: Tx | Kysely<DB>, tenantId: string, orderId: string) {
  const order = await new SalesRepositoryClass(db).findOrder(tenantId, orderId);
  return order ? { status: order.status, amountCents: order.amount_cents } : null;
}
