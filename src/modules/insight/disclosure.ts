/**
 * Disclosure control: never a figure about fewer than 10 people leaves the server
 * (docs/decisions/0010). Every aggregate that leaves the server (dashboards, exports, reports,
 * provider figures, survey results, pact evaluations) goes through these functions; presenters
 * turn a suppressed figure into `null` with `suppressed: true`, and the web shows "minder dan 10".
 *
 * Two rules:
 * 1. Primary suppression: a cell about fewer than `MIN_PEOPLE` people (zero included) is not
 *    shown, nor any figure computed from those people (an amount, an average, a share).
 * 2. Complementary suppression: where a total is shown, a line (row or column) never has exactly
 *    one suppressed cell, since the total minus the others would give it away. Another cell of
 *    the line is suppressed too (the smallest), or, when there is none, the line's total.
 *
 * Pure functions, no database: the rules are tested with fast-check properties.
 */

/** The smallest number of people a shown figure may be about. */
export const MIN_PEOPLE = 10;

/** A figure as it may leave the server. */
export type Disclosed<T extends number = number> = { value: T; suppressed: false } | { value: null; suppressed: true };

const shown = <T extends number>(value: T): Disclosed<T> => ({ value, suppressed: false });
const hidden: { value: null; suppressed: true } = { value: null, suppressed: true };

/** Shows `value` only when it is about at least MIN_PEOPLE people. */
export function disclose<T extends number>(value: T, people: number): Disclosed<T> {
  return people >= MIN_PEOPLE ? shown(value) : hidden;
}

/** A count of people, shown only when it is at least MIN_PEOPLE. */
export function discloseCount(people: number): Disclosed {
  return disclose(people, people);
}

/** One cell of a table: how many people it is about, and figures computed from them. */
export interface Cell<M extends string = never> {
  people: number;
  measures?: Record<M, number>;
}

export interface DisclosedCell<M extends string = never> {
  people: Disclosed;
  measures: Record<M, Disclosed>;
}

export interface DisclosedTable<R extends string, C extends string, M extends string = never> {
  cells: Record<R, Record<C, DisclosedCell<M>>>;
  /** Per row: the people of the row (sum over its cells). */
  rowTotals: Record<R, Disclosed>;
  /** Per column. */
  columnTotals: Record<C, Disclosed>;
  grandTotal: Disclosed;
}

/**
 * A table of cells with row, column and grand totals of people, after primary and complementary
 * suppression. A suppressed cell hides its measures too. Totals are themselves subject to the
 * rule of 10, and a total is hidden when its line could not be protected otherwise.
 */
export function discloseTable<R extends string, C extends string, M extends string = never>(
  rows: readonly R[],
  columns: readonly C[],
  cellOf: (row: R, column: C) => Cell<M> | undefined,
): DisclosedTable<R, C, M> {
  const people = rows.map((r) => columns.map((c) => cellOf(r, c)?.people ?? 0));
  const suppressed = people.map((line) => line.map((n) => n < MIN_PEOPLE));
  const rowTotal = people.map((line) => line.reduce((a, b) => a + b, 0));
  const columnTotal = columns.map((_, j) => people.reduce((a, line) => a + line[j]!, 0));
  const rowTotalHidden = rowTotal.map((n) => n < MIN_PEOPLE);
  const columnTotalHidden = columnTotal.map((n) => n < MIN_PEOPLE);

  // Complementary suppression, until no shown total has exactly one hidden cell in its line.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < rows.length; i++) {
      if (rowTotalHidden[i]) continue;
      const line = columns.map((_, j) => ({ j, n: people[i]![j]!, hidden: suppressed[i]![j]! }));
      if (line.filter((c) => c.hidden).length !== 1) continue;
      const next = smallest(line.filter((c) => !c.hidden));
      if (next) suppressed[i]![next.j] = true;
      else rowTotalHidden[i] = true;
      changed = true;
    }
    for (let j = 0; j < columns.length; j++) {
      if (columnTotalHidden[j]) continue;
      const line = rows.map((_, i) => ({ i, n: people[i]![j]!, hidden: suppressed[i]![j]! }));
      if (line.filter((c) => c.hidden).length !== 1) continue;
      const next = smallest(line.filter((c) => !c.hidden));
      if (next) suppressed[next.i]![j] = true;
      else columnTotalHidden[j] = true;
      changed = true;
    }
  }

  const grand = rowTotal.reduce((a, b) => a + b, 0);
  const cells = {} as Record<R, Record<C, DisclosedCell<M>>>;
  rows.forEach((r, i) => {
    const line = {} as Record<C, DisclosedCell<M>>;
    columns.forEach((c, j) => {
      const cell = cellOf(r, c);
      const hide = suppressed[i]![j]!;
      const measures = {} as Record<M, Disclosed>;
      for (const [name, value] of Object.entries(cell?.measures ?? {}) as [M, number][]) {
        measures[name] = hide ? hidden : shown(value);
      }
      line[c] = { people: hide ? hidden : shown(people[i]![j]!), measures };
    });
    cells[r] = line;
  });
  return {
    cells,
    rowTotals: Object.fromEntries(rows.map((r, i) => [r, rowTotalHidden[i] ? hidden : shown(rowTotal[i]!)])) as Record<
      R,
      Disclosed
    >,
    columnTotals: Object.fromEntries(
      columns.map((c, j) => [c, columnTotalHidden[j] ? hidden : shown(columnTotal[j]!)]),
    ) as Record<C, Disclosed>,
    grandTotal: grand < MIN_PEOPLE ? hidden : shown(grand),
  };
}

/**
 * A list of cells with one total (people per wijk, per route, per month...), after primary and
 * complementary suppression. With `total: false` no total is shown and only primary suppression applies.
 */
export function discloseSeries<K extends string, M extends string = never>(
  keys: readonly K[],
  cellOf: (key: K) => Cell<M> | undefined,
  options: { total: boolean } = { total: true },
): { items: Record<K, DisclosedCell<M>>; total: Disclosed } {
  const table = discloseTable(keys, ['all'] as const, (key) => cellOf(key));
  const items = Object.fromEntries(keys.map((k) => [k, table.cells[k].all])) as Record<K, DisclosedCell<M>>;
  if (!options.total) {
    // No total shown: nothing to protect beyond the cells themselves.
    for (const key of keys) {
      const cell = cellOf(key);
      const people = cell?.people ?? 0;
      const hide = people < MIN_PEOPLE;
      items[key] = {
        people: hide ? hidden : shown(people),
        measures: Object.fromEntries(
          Object.entries(cell?.measures ?? {}).map(([name, value]) => [name, hide ? hidden : shown(value as number)]),
        ) as Record<M, Disclosed>,
      };
    }
    return { items, total: hidden };
  }
  return { items, total: table.columnTotals.all };
}

function smallest<T extends { n: number }>(cells: T[]): T | undefined {
  return cells.reduce<T | undefined>((best, cell) => (best === undefined || cell.n < best.n ? cell : best), undefined);
}
