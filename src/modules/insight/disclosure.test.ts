import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_PEOPLE,
  bordered,
  discloseCount,
  discloseSeries,
  discloseTable,
  suppressionPattern,
  type Disclosed,
} from './disclosure.ts';

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
    expect(discloseCount(9)).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    expect(discloseCount(0)).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
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
    expect(series.items.a.people).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    // The smallest other cell, hidden to protect a: it says so, it is not "fewer than 10".
    expect(series.items.b.people).toEqual({ value: null, suppressed: true, reason: 'protects-another' });
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
  it('says why each figure is hidden: fewer than 10 people, or to protect another figure', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const { rows, columns, table } = run(counts);
        const expectReason = (d: Disclosed, people: number) => {
          if (d.suppressed) expect(d.reason).toBe(people < MIN_PEOPLE ? 'fewer-than-10' : 'protects-another');
        };
        for (const [i, r] of rows.entries()) {
          for (const [j, c] of columns.entries()) {
            expectReason(table.cells[r]![c]!.people, counts[i]![j]!);
            expectReason(table.cells[r]![c]!.measures.euros, counts[i]![j]!);
          }
          expectReason(
            table.rowTotals[r]!,
            counts[i]!.reduce((a, b) => a + b, 0),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never publishes a table from which a hidden figure can be worked out: another table fits what is shown', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const truth = bordered(counts);
        const hide = suppressionPattern(counts);
        for (const [i, line] of truth.entries()) {
          for (const [j, n] of line.entries()) {
            if (!hide[i]![j]) continue;
            const other = alternativeTable(truth, hide, i, j);
            expect(other, `hidden entry ${i},${j} is fixed by what is shown`).toBeDefined();
            expect(isConsistentAlternative(truth, hide, other!)).toBe(true);
            expect(sameReasons(truth, hide, other!)).toBe(true);
            expect(other![i]![j]).not.toBe(n);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never leaves a line whose shown total minus its shown cells is about fewer than 10 people', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const truth = bordered(counts);
        const hide = suppressionPattern(counts);
        const last = truth.length - 1;
        const lastColumn = truth[0]!.length - 1;
        for (let i = 0; i <= last; i++) {
          if (hide[i]![lastColumn]) continue;
          const rest = truth[i]!.slice(0, lastColumn).filter((_, j) => hide[i]![j]);
          if (rest.length > 0) expect(rest.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MIN_PEOPLE);
        }
        for (let j = 0; j <= lastColumn; j++) {
          if (hide[last]![j]) continue;
          const rest = truth
            .slice(0, last)
            .map((line) => line[j]!)
            .filter((_, i) => hide[i]![j]);
          if (rest.length > 0) expect(rest.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MIN_PEOPLE);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('protects the grand total too: a hidden row total is not the grand total minus the others', () => {
    const table = discloseTable(['a', 'b'] as const, ['x', 'y'] as const, (r, c) => ({
      people: { a: { x: 2, y: 3 }, b: { x: 30, y: 40 } }[r][c],
    }));
    expect(table.rowTotals.a.suppressed).toBe(true);
    // Either the grand total or b's total is hidden, else a's total would be their difference.
    expect(table.grandTotal.suppressed || table.rowTotals.b.suppressed).toBe(true);
  });
});

/**
 * The test's own search for another table (counts of zero or more) that shows the same figures as
 * `truth` under `hide`, and the same reasons for what it hides (below 10, or 10 and up), but
 * differs at (i0, j0): a depth-first search for a cycle of +1/−1 steps through hidden entries. Its
 * result is checked independently by isConsistentAlternative and sameReasons.
 */
function alternativeTable(truth: number[][], hide: boolean[][], i0: number, j0: number): number[][] | undefined {
  const last = truth.length - 1;
  const lastColumn = truth[0]!.length - 1;
  // Signed entries: cells and the grand total +, row and column totals −; every line then sums to 0.
  const sign = (i: number, j: number) => ((i === last) !== (j === lastColumn) ? -1 : 1);
  const fits = (i: number, j: number, d: number) => {
    const next = truth[i]![j]! + d * sign(i, j);
    return next >= 0 && next < MIN_PEOPLE === truth[i]![j]! < MIN_PEOPLE;
  };
  for (const step of [1, -1]) {
    if (!fits(i0, j0, step)) continue;
    // Walk: change (i0, j0) by step, then alternate along columns and rows until back at row i0.
    const path: [number, number, number][] = [[i0, j0, step]];
    const usedRows = new Set([i0]);
    const usedColumns = new Set([j0]);
    const search = (column: number, delta: number): boolean => {
      // In this column, change another hidden entry by -delta.
      for (let i = 0; i <= last; i++) {
        if (!hide[i]![column] || (i === i0 && column === j0) || !fits(i, column, -delta)) continue;
        path.push([i, column, -delta]);
        if (i === i0) return true;
        if (!usedRows.has(i)) {
          usedRows.add(i);
          for (let j = 0; j <= lastColumn; j++) {
            if (!hide[i]![j] || j === column || usedColumns.has(j) || !fits(i, j, delta)) continue;
            usedColumns.add(j);
            path.push([i, j, delta]);
            if (search(j, delta)) return true;
            path.pop();
            usedColumns.delete(j);
          }
          usedRows.delete(i);
        }
        path.pop();
      }
      return false;
    };
    if (!search(j0, step)) continue;
    const other = truth.map((line) => [...line]);
    for (const [i, j, d] of path) other[i]![j]! += d * sign(i, j);
    if (other.every((line) => line.every((n) => n >= 0))) return other;
  }
  return undefined;
}

/** Every hidden entry of `other` falls on the same side of 10 as in `truth`: the reasons shown are the same. */
function sameReasons(truth: number[][], hide: boolean[][], other: number[][]): boolean {
  return truth.every((line, i) => line.every((n, j) => !hide[i]![j] || n < MIN_PEOPLE === other[i]![j]! < MIN_PEOPLE));
}

/** `other` is a table of counts of zero or more, adds up, and shows exactly what `truth` shows. */
function isConsistentAlternative(truth: number[][], hide: boolean[][], other: number[][]): boolean {
  const last = truth.length - 1;
  const lastColumn = truth[0]!.length - 1;
  const sameShown = truth.every((line, i) => line.every((n, j) => hide[i]![j] || other[i]![j] === n));
  const nonNegative = other.every((line) => line.every((n) => n >= 0));
  const rowsAdd = other.every((line) => line.slice(0, lastColumn).reduce((a, b) => a + b, 0) === line[lastColumn]);
  const columnsAdd = other[0]!.every(
    (_, j) => other.slice(0, last).reduce((a, line) => a + line[j]!, 0) === other[last]![j],
  );
  return sameShown && nonNegative && rowsAdd && columnsAdd;
}
