import { describe, expect, it } from 'vitest';
import { parseLoadCsv } from '../src/modules/credit/credit-csv.ts';
import { isValidPassNumber } from '../src/modules/passes/pass-number.ts';
import { EXAMPLE_CSV } from '../web/src/features/credit-admin/components/example-csv.ts';

describe('the example CSV on the Tegoed page', () => {
  it("passes the check the page's dry run makes: right check digits, amounts in euros", () => {
    const { rows, errors, rowCount } = parseLoadCsv(EXAMPLE_CSV);
    expect(errors).toEqual([]);
    expect(rowCount).toBe(2);
    expect(rows).toHaveLength(2);
    for (const line of EXAMPLE_CSV.split('\n').slice(1)) expect(isValidPassNumber(line.split(';')[0]!)).toBe(true);
  });
});
