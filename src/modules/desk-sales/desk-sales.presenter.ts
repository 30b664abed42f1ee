import type { Static } from '@sinclair/typebox';
import { ERASED_NAME } from '../passes/holder-erasure.ts';
import { formatPassNumber } from '../passes/pass-number.ts';
import type { PassStatus as PassStatusValue } from '../passes/passes.tables.ts';
import type { DayClosing, DeskDay, DeskPass, DeskSaleDone } from './desk-sales.schemas.ts';
import type { ClosingRow, DeskDayData } from './desk-sales.service.ts';

/** A day's closing: recorded against counted, and the differences. */
export function presentClosing(c: ClosingRow & { sales_point_name: string }): Static<typeof DayClosing> {
  return {
    salesPointName: c.sales_point_name,
    day: c.business_day,
    salesCount: c.sales_count,
    recordedCashCents: c.recorded_cash_cents,
    countedCashCents: c.counted_cash_cents,
    cashDifferenceCents: c.counted_cash_cents - c.recorded_cash_cents,
    recordedPinCents: c.recorded_pin_cents,
    pinTerminalCents: c.pin_terminal_cents,
    pinDifferenceCents: c.pin_terminal_cents - c.recorded_pin_cents,
    note: c.note,
    closedBy: c.closed_by,
    closedAt: c.closed_at.toISOString(),
  };
}

export function presentDeskDay(d: DeskDayData): Static<typeof DeskDay> {
  const sum = (method: 'pin' | 'cash') =>
    d.sales.filter((s) => s.payment_method === method).reduce((t, s) => t + s.amount_cents, 0);
  return {
    salesPoint: { name: d.point.name, kind: d.point.kind, address: d.point.address },
    day: d.day,
    priceCents: d.price?.price_cents ?? null,
    sales: d.sales.map((s) => ({
      id: s.id,
      kind: s.kind,
      paymentMethod: s.payment_method,
      amountCents: s.amount_cents,
      passNumber: s.pass_number ? formatPassNumber(s.pass_number) : ERASED_NAME,
      at: s.created_at.toISOString(),
    })),
    totals: { count: d.sales.length, cashCents: sum('cash'), pinCents: sum('pin') },
    closing: d.closing ? presentClosing(d.closing) : null,
  };
}

/**
 * A pass as the desk sees it: what a sale needs. Never the category, history, credit or
 * applications (docs/decisions/0010): "renewable" says only whether the desk can renew it now.
 */
export function presentDeskPass(p: {
  number: string;
  holder_name: string;
  status: PassStatusValue;
  valid_until: string;
  renewable: boolean;
}): Static<typeof DeskPass> {
  return {
    passNumber: formatPassNumber(p.number),
    holderName: p.holder_name,
    status: p.status,
    validUntil: p.valid_until,
    renewable: p.renewable,
  };
}

export function presentDeskSale(s: Static<typeof DeskSaleDone>): Static<typeof DeskSaleDone> {
  return { ...s, passNumber: formatPassNumber(s.passNumber) };
}
