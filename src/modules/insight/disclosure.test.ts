import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PEOPLE, discloseCount, discloseSeries, discloseTable, type Disclosed } from './disclosure.ts';

const value = (d: Disclosed) => d.value;

/** A table of people counts, with many small cells (0 to 30) so suppression happens often. */
const tables = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

function run(counts: number[][]) {
  const rows = counts.map((_, i) => `r${i}`);
  const columns = counts[0]!.map((_, j) => `c${j}`);
  const table = discloseTable(rows, columns, (r, c) => {
    const n = counts[Number(r.slice(1))]![Number(c.slice(1))]!;
    return { people: n, measures: { euros: n * 7 } };
  });
  return { rows, columns, table };
}

describe('the rule of 10', () => {
  it('shows a count of 10 or more and hides anything smaller, zero included', () => {
    expect(discloseCount(10)).toEqual({ value: 10, suppressed: false });
    expect(discloseCount(9)).toEqual({ value: null, suppressed: true });
    expect(discloseCount(0)).toEqual({ value: null, suppressed: true });
  });

  it('never shows a cell, a total or a measure about fewer than 10 people', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const { rows, columns, table } = run(counts);
        for (const [i, r] of rows.entries()) {
          for (const [j, c] of columns.entries()) {
            const cell = table.cells[r]![c]!;
            if (counts[i]![j]! < MIN_PEOPLE) {
              expect(cell.people.suppressed).toBe(true);
              expect(cell.measures.euros.suppressed).toBe(true);
            }
            if (!cell.people.suppressed) expect(cell.people.value).toBe(counts[i]![j]);
            expect(cell.measures.euros.suppressed).toBe(cell.people.suppressed);
          }
        }
        for (const total of [
          ...Object.values(table.rowTotals),
          ...Object.values(table.columnTotals),
          table.grandTotal,
        ]) {
          if (!total.suppressed) expect(total.value).toBeGreaterThanOrEqual(MIN_PEOPLE);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a hidden cell that a shown total and the shown cells of its line give away', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const { rows, columns, table } = run(counts);
        for (const r of rows) {
          if (table.rowTotals[r]!.suppressed) continue;
          const hiddenCells = columns.filter((c) => table.cells[r]![c]!.people.suppressed);
          expect(hiddenCells.length === 0 || hiddenCells.length >= 2).toBe(true);
        }
        for (const c of columns) {
          if (table.columnTotals[c]!.suppressed) continue;
          const hiddenCells = rows.filter((r) => table.cells[r]![c]!.people.suppressed);
          expect(hiddenCells.length === 0 || hiddenCells.length >= 2).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shows the true numbers where it shows any: rows and columns add up', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const { rows, columns, table } = run(counts);
        for (const [i, r] of rows.entries()) {
          const total = table.rowTotals[r]!;
          if (!total.suppressed) expect(total.value).toBe(counts[i]!.reduce((a, b) => a + b, 0));
        }
        for (const [j, c] of columns.entries()) {
          const total = table.columnTotals[c]!;
          if (!total.suppressed) expect(total.value).toBe(counts.reduce((a, line) => a + line[j]!, 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hides a second cell in a series with a total, so the total does not give the first away', () => {
    const series = discloseSeries(['a', 'b', 'c'] as const, (k) => ({ people: { a: 4, b: 25, c: 40 }[k] }));
    expect(value(series.items.a.people)).toBeNull();
    expect(value(series.items.b.people)).toBeNull(); // the smallest other cell
    expect(value(series.items.c.people)).toBe(40);
    expect(value(series.total)).toBe(69);
    const noTotal = discloseSeries(['a', 'b'] as const, (k) => ({ people: { a: 4, b: 25 }[k] }), { total: false });
    expect(value(noTotal.items.b.people)).toBe(25);
    expect(noTotal.total.suppressed).toBe(true);
  });

  it('hides a total about fewer than 10 people, and shows a one-line total of 10 or more', () => {
    const series = discloseSeries(['a', 'b'] as const, (k) => ({ people: { a: 3, b: 0 }[k] }));
    expect(series.items.a.people.suppressed && series.items.b.people.suppressed).toBe(true);
    expect(series.total.suppressed).toBe(true);
    const one = discloseSeries(['only'] as const, () => ({ people: 12 }));
    expect(value(one.total)).toBe(12);
  });
});
