import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import ownTablesOnly from '../../eslint/own-tables-only.js';

/**
 * The rule that keeps each table written by its owner only (docs/decisions/0007). It reads the
 * owned tables from the real manifests: credit owns credit_schemes, not passes.
 */
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const inCredit = path.resolve(import.meta.dirname, '../../src/modules/credit/credit.repository.ts');
const inATest = path.resolve(import.meta.dirname, '../../src/modules/credit/credit.test.ts');
const outsideModules = path.resolve(import.meta.dirname, '../../src/seed/seed-demo.ts');

new RuleTester({ languageOptions: { parser: tseslint.parser } }).run('own-tables-only', ownTablesOnly, {
  valid: [
    { filename: inCredit, code: "db.insertInto('credit_schemes').values({})" },
    { filename: inCredit, code: "db.updateTable('credit_expiry_warnings as w').set({})" },
    { filename: inCredit, code: "db.selectFrom('passes').selectAll()" },
    { filename: inCredit, code: 'sql`insert into credit_schemes (id) values (1) on conflict do update set id = 2`' },
    { filename: inCredit, code: 'sql`select id from passes for update skip locked`' },
    // Tests and code outside the modules (the demo seed, fixtures) are not a module's writes.
    { filename: inATest, code: "db.insertInto('passes').values({})" },
    { filename: outsideModules, code: "db.insertInto('passes').values({})" },
  ],
  invalid: [
    { filename: inCredit, code: "db.insertInto('passes').values({})", errors: [{ messageId: 'notOwned' }] },
    { filename: inCredit, code: "db.updateTable('offers').set({})", errors: [{ messageId: 'notOwned' }] },
    { filename: inCredit, code: "db.deleteFrom('outbox_messages')", errors: [{ messageId: 'notOwned' }] },
    { filename: inCredit, code: 'sql`update passes set status = 1`', errors: [{ messageId: 'notOwned' }] },
    {
      filename: inCredit,
      code: 'sql`with a as (insert into journal_lines (x) values (1)) delete from ledger_accounts`',
      errors: [{ messageId: 'notOwned' }, { messageId: 'notOwned' }],
    },
  ],
});
