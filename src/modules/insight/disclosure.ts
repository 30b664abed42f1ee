/**
 * Disclosure control: never a figure about fewer than 10 people leaves the server
 * (docs/decisions/0010). Every aggregate that leaves the server (dashboards, exports, reports,
 * provider figures, survey results, pact evaluations) goes through these functions; presenters
 * turn a suppressed figure into `null` with `suppressed: true` and a `reason`: `fewer-than-10`
 * (the web shows "minder dan 10") or `protects-another` (a figure of 10 or more hidden so that a
 * total cannot give a small one away; the web shows "verborgen").
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

/**
 * Why a figure is hidden: it is about fewer than 10 people, or it is about 10 or more but hidden
 * so that a total cannot give a small figure away (complementary suppression). The reason is
 * itself information (a bound: below 10, or 10 and up), so the complementary search counts it
 * as shown (see `isPinned`).
 */
export type SuppressionReason = 'fewer-than-10' | 'protects-another';

/** A figure as it may leave the server. */
export type Disclosed<T extends number = number> =
  { value: T; suppressed: false } | { value: null; suppressed: true; reason: SuppressionReason };

type Hidden = { value: null; suppressed: true; reason: SuppressionReason };
const shown = <T extends number>(value: T): Disclosed<T> => ({ value, suppressed: false });
/** Hidden because it is about fewer than 10 people. */
export const fewerThan10: Hidden = { value: null, suppressed: true, reason: 'fewer-than-10' };
/** Hidden, though about 10 or more, so that a total does not give a small figure away. */
export const protectsAnother: Hidden = { value: null, suppressed: true, reason: 'protects-another' };
/** The hidden form of an entry about `people` people. */
const hiddenFor = (people: number): Hidden => (people < MIN_PEOPLE ? fewerThan10 : protectsAnother);

/** Shows `value` only when it is about at least MIN_PEOPLE people. */
export function disclose<T extends number>(value: T, people: number): Disclosed<T> {
  return people >= MIN_PEOPLE ? shown(value) : fewerThan10;
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
 * rule of 10.
 *
 * Complementary suppression works on the table with its margins as one bordered matrix in which
 * every line sums to zero (cells, minus the row total; minus the column totals, plus the grand
 * total). Hiding goes on until both hold:
 * - **no hidden figure can be worked out**: for each hidden entry there is another table,
 *   with people counts of zero or more, that shows exactly the same figures but a different value
 *   there (see `isPinned`: a cycle through hidden entries along which the counts can move);
 * - **no line gives away a small remainder**: where a line's total is shown, its hidden cells
 *   together are about 10 people or more (a shown total minus the shown cells is a figure too).
 */
export function discloseTable<R extends string, C extends string, M extends string = never>(
  rows: readonly R[],
  columns: readonly C[],
  cellOf: (row: R, column: C) => Cell<M> | undefined,
  published: { rowTotals: boolean } = { rowTotals: true },
): DisclosedTable<R, C, M> {
  const people = rows.map((r) => columns.map((c) => Math.max(0, cellOf(r, c)?.people ?? 0)));
  const hiddenMatrix = suppressionPattern(people, published);
  const nr = rows.length;
  const nc = columns.length;
  const rowTotal = people.map((line) => line.reduce((a, b) => a + b, 0));
  const columnTotal = columns.map((_, j) => people.reduce((a, line) => a + line[j]!, 0));
  const grand = rowTotal.reduce((a, b) => a + b, 0);

  const cells = {} as Record<R, Record<C, DisclosedCell<M>>>;
  rows.forEach((r, i) => {
    const line = {} as Record<C, DisclosedCell<M>>;
    columns.forEach((c, j) => {
      const cell = cellOf(r, c);
      const hide = hiddenMatrix[i]![j]!;
      const hidden = hiddenFor(people[i]![j]!);
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
    rowTotals: Object.fromEntries(
      rows.map((r, i) => [r, hiddenMatrix[i]![nc] ? hiddenFor(rowTotal[i]!) : shown(rowTotal[i]!)]),
    ) as Record<R, Disclosed>,
    columnTotals: Object.fromEntries(
      columns.map((c, j) => [c, hiddenMatrix[nr]![j] ? hiddenFor(columnTotal[j]!) : shown(columnTotal[j]!)]),
    ) as Record<C, Disclosed>,
    grandTotal: hiddenMatrix[nr]![nc] ? hiddenFor(grand) : shown(grand),
  };
}

/**
 * Which entries of the bordered matrix of `people` (rows × columns, plus a column of row totals,
 * a row of column totals and the grand total in the corner) are hidden. Exported for the tests.
 */
export function suppressionPattern(
  people: readonly (readonly number[])[],
  published: { rowTotals: boolean } = { rowTotals: true },
): boolean[][] {
  const nr = people.length;
  const nc = nr === 0 ? 0 : people[0]!.length;
  const value = bordered(people);
  // Row totals that are not published count as hidden from the start.
  const unpublished = (i: number, j: number) => j === nc && i < nr && !published.rowTotals;
  const hide = value.map((line, i) => line.map((n, j) => n < MIN_PEOPLE || unpublished(i, j)));

  for (let guard = 0; guard <= (nr + 1) * (nc + 1); guard++) {
    const next = nextToHide(value, hide, nr, nc, unpublished);
    if (!next) return hide;
    hide[next[0]]![next[1]] = true;
  }
  return hide;
}

/** The bordered matrix of people counts: cells, row totals (last column), column totals (last row), grand total. */
export function bordered(people: readonly (readonly number[])[]): number[][] {
  const nc = people.length === 0 ? 0 : people[0]!.length;
  const rows = people.map((line) => [...line, line.reduce((a, b) => a + b, 0)]);
  const last = Array.from({ length: nc + 1 }, (_, j) => rows.reduce((a, line) => a + line[j]!, 0));
  return [...rows, last];
}

/** The next entry to hide, or undefined when the pattern protects every hidden figure. */
function nextToHide(
  value: number[][],
  hide: boolean[][],
  nr: number,
  nc: number,
  unpublished: (i: number, j: number) => boolean,
): [number, number] | undefined {
  // A line whose total is shown must not leave a hidden remainder under 10.
  for (let i = 0; i <= nr; i++) {
    const total = hide[i]![nc] ? undefined : value[i]![nc]!;
    if (total === undefined) continue;
    const parts = range(nc).filter((j) => hide[i]![j]);
    const remainder = parts.reduce((a, j) => a + value[i]![j]!, 0);
    if (parts.length > 0 && remainder < MIN_PEOPLE)
      return smallestShown(
        value,
        hide,
        range(nc).map((j) => [i, j]),
        [i, nc],
      );
  }
  for (let j = 0; j <= nc; j++) {
    const total = hide[nr]![j] ? undefined : value[nr]![j]!;
    if (total === undefined) continue;
    const parts = range(nr).filter((i) => hide[i]![j]);
    const remainder = parts.reduce((a, i) => a + value[i]![j]!, 0);
    if (parts.length > 0 && remainder < MIN_PEOPLE)
      return smallestShown(
        value,
        hide,
        range(nr).map((i) => [i, j]),
        [nr, j],
      );
  }
  // No hidden entry may be fixed by what is shown.
  for (let i = 0; i <= nr; i++) {
    for (let j = 0; j <= nc; j++) {
      // An unpublished total is no figure of its own (it equals what it adds up).
      if (!hide[i]![j] || unpublished(i, j) || !isPinned(value, hide, i, j, unpublished)) continue;
      const inLines: [number, number][] = [
        ...range(nc + 1).map((jj): [number, number] => [i, jj]),
        ...range(nr + 1).map((ii): [number, number] => [ii, j]),
      ];
      const all: [number, number][] = range(nr + 1).flatMap((ii) =>
        range(nc + 1).map((jj): [number, number] => [ii, jj]),
      );
      // Prefer the smallest entry of its lines whose hiding frees it; else the smallest there, else anywhere.
      for (const candidate of byCost(value, hide, inLines)) {
        hide[candidate[0]]![candidate[1]] = true;
        const frees = !isPinned(value, hide, i, j, unpublished);
        hide[candidate[0]]![candidate[1]] = false;
        if (frees) return candidate;
      }
      return smallestShown(value, hide, inLines, undefined) ?? smallestShown(value, hide, all, undefined);
    }
  }
  return undefined;
}

/** The shown entries among `candidates`, cells before totals, smallest first. */
function byCost(value: number[][], hide: boolean[][], candidates: [number, number][]): [number, number][] {
  const nr = value.length - 1;
  const nc = value[0]!.length - 1;
  const cost = ([i, j]: [number, number]) => (i === nr || j === nc ? 1e12 : 0) + value[i]![j]!;
  return candidates.filter(([i, j]) => !hide[i]![j]).sort((a, b) => cost(a) - cost(b));
}

/** The smallest shown entry among `candidates` (cells before totals), else `fallback` when it is shown. */
function smallestShown(
  value: number[][],
  hide: boolean[][],
  candidates: [number, number][],
  fallback: [number, number] | undefined,
): [number, number] | undefined {
  const nr = value.length - 1;
  const nc = value[0]!.length - 1;
  const isTotal = ([i, j]: [number, number]) => i === nr || j === nc;
  const open = candidates.filter(([i, j]) => !hide[i]![j]);
  const best = (list: [number, number][]) =>
    list.reduce<[number, number] | undefined>(
      (b, e) => (b === undefined || value[e[0]]![e[1]]! < value[b[0]]![b[1]]! ? e : b),
      undefined,
    );
  const cell = best(open.filter((e) => !isTotal(e)));
  if (cell) return cell;
  if (fallback && !hide[fallback[0]]![fallback[1]]) return fallback;
  return best(open);
}

/**
 * Whether the hidden entry (i, j) of the bordered matrix is fixed by the shown entries. In the
 * signed bordered matrix (cells +, row and column totals −, grand total +) every line sums to
 * zero, so another table with the same shown figures differs by a cycle of +1/−1 steps through
 * hidden entries, alternating between a row and a column. A step may move an entry only within
 * what its reason gives away: a figure hidden as "fewer than 10" stays within 0–9, one hidden to
 * protect another stays at 10 or more; an unpublished total is only at zero or more. The entry
 * can move iff such a cycle runs through it (the differences of two tables that fit are such cycles).
 */
export function isPinned(
  value: number[][],
  hide: boolean[][],
  i0: number,
  j0: number,
  unpublished: (i: number, j: number) => boolean = () => false,
): boolean {
  const nr = value.length - 1;
  const nc = value[0]!.length - 1;
  const sign = (i: number, j: number) => ((i === nr) !== (j === nc) ? -1 : 1);
  // The people count an entry may take, given the reason shown for hiding it.
  const fits = (i: number, j: number, next: number) => {
    if (next < 0) return false;
    if (unpublished(i, j)) return true;
    return value[i]![j]! < MIN_PEOPLE ? next < MIN_PEOPLE : next >= MIN_PEOPLE;
  };
  const canRaise = (i: number, j: number) => fits(i, j, value[i]![j]! + sign(i, j));
  const canLower = (i: number, j: number) => fits(i, j, value[i]![j]! - sign(i, j));
  // Nodes: rows 0..nr, then columns nr+1..nr+1+nc. Raising (i, j) is an arc row→column, lowering column→row.
  const reaches = (from: number, to: number): boolean => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node === to) return true;
      const isRow = node <= nr;
      for (let k = 0; k <= (isRow ? nc : nr); k++) {
        const [i, j] = isRow ? [node, k] : [k, node - nr - 1];
        if (!hide[i]![j] || (i === i0 && j === j0)) continue;
        if (isRow ? !canRaise(i, j) : !canLower(i, j)) continue;
        const other = isRow ? nr + 1 + j : i;
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return false;
  };
  const row = i0;
  const column = nr + 1 + j0;
  const raise = canRaise(i0, j0) && reaches(column, row);
  const lower = canLower(i0, j0) && reaches(row, column);
  return !(raise || lower);
}

const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/**
 * A list of cells with one total (people per wijk, per route, per month...), after primary and
 * complementary suppression. With `total: false` no total is shown and only primary suppression applies.
 */
export function discloseSeries<K extends string, M extends string = never>(
  keys: readonly K[],
  cellOf: (key: K) => Cell<M> | undefined,
  options: { total: boolean } = { total: true },
): { items: Record<K, DisclosedCell<M>>; total: Disclosed } {
  // One column: the row totals would repeat the cells, so they are not published.
  const table = discloseTable(keys, ['all'] as const, (key) => cellOf(key), { rowTotals: false });
  const items = Object.fromEntries(keys.map((k) => [k, table.cells[k].all])) as Record<K, DisclosedCell<M>>;
  if (!options.total) {
    // No total shown: nothing to protect beyond the cells themselves.
    for (const key of keys) {
      const cell = cellOf(key);
      const people = cell?.people ?? 0;
      const hide = people < MIN_PEOPLE;
      items[key] = {
        people: hide ? fewerThan10 : shown(people),
        measures: Object.fromEntries(
          Object.entries(cell?.measures ?? {}).map(([name, value]) => [
            name,
            hide ? fewerThan10 : shown(value as number),
          ]),
        ) as Record<M, Disclosed>,
      };
    }
    return { items, total: protectsAnother };
  }
  return { items, total: table.columnTotals.all };
}
