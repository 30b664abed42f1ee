import type { Static } from '@sinclair/typebox';
import { formatPassNumber } from '../passes/pass-number.ts';
import type { CreditRepository } from './credit.repository.ts';
import type { CreditHistoryKind, CreditScheme, OwnCredit } from './credit.schemas.ts';

type SchemeRow = NonNullable<Awaited<ReturnType<CreditRepository['findSchemeWithTotals']>>>;
type HolderCreditRow = Awaited<ReturnType<CreditRepository['creditOfHolder']>>[number];
type HistoryRow = Awaited<ReturnType<CreditRepository['historyOfAccounts']>>[number];

/** A scheme as the pass organisation sees it (never shown to providers: it names pass categories). */
export function presentScheme(row: SchemeRow): Static<typeof CreditScheme> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    amountPerPassCents: row.amount_per_pass_cents,
    eligiblePassCategories: row.eligible_pass_categories,
    spendableOfferCategories: row.spendable_offer_categories,
    validUntil: row.valid_until,
    fundBalanceCents: Number(row.fund_balance_cents ?? 0),
    outstandingCreditCents: Number(row.outstanding_credit_cents ?? 0),
    passesWithCredit: Number(row.passes_with_credit ?? 0),
    createdAt: row.created_at.toISOString(),
  };
}

const historyKind = (kind: string): Static<typeof CreditHistoryKind> => {
  switch (kind) {
    case 'credit_load':
      return 'load';
    case 'credit_spend':
    case 'redemption_credit_payment':
      return 'spend';
    case 'credit_expiry':
      return 'expiry';
    default:
      return 'correction';
  }
};

/** How many days before the end a holder is warned that credit will expire. */
export const EXPIRY_WARNING_DAYS = 30;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The holder's credit: per pass and scheme, the balance and every booking on it (from the
 * pass's point of view: plus for a load, minus for a payment). A payment at a till (and its
 * cancellation) names the provider, as the holder's own list of redemptions does; no category and no reason.
 */
export function presentOwnCredit(
  accounts: HolderCreditRow[],
  history: HistoryRow[],
  today: string,
): Static<typeof OwnCredit> {
  const byAccount = new Map<string, HistoryRow[]>();
  for (const line of history) {
    const list = byAccount.get(line.account_id) ?? [];
    list.push(line);
    byAccount.set(line.account_id, list);
  }
  return {
    items: accounts.map((a) => {
      const daysLeft = daysBetween(today, a.valid_until);
      return {
        scheme: {
          id: a.scheme_id,
          name: a.scheme_name,
          description: a.scheme_description,
          spendableCategories: a.spendable_offer_categories,
        },
        passNumber: formatPassNumber(a.pass_number),
        holderName: a.holder_name,
        balanceCents: a.balance_cents,
        validUntil: a.valid_until,
        expired: daysLeft < 0,
        expiresSoon: daysLeft >= 0 && daysLeft <= EXPIRY_WARNING_DAYS && a.balance_cents > 0,
        history: (byAccount.get(a.account_id) ?? []).map((line) => ({
          entryId: line.entry_id,
          kind: line.kind === 'reversal' ? 'correction' : historyKind(line.kind),
          amountCents: line.amount_cents,
          description: line.description,
          providerName: line.provider_name,
          occurredAt: line.occurred_at.toISOString(),
        })),
      };
    }),
  };
}
