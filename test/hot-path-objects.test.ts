import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Decision 0004: on the till's hot path, objects are merged with Object.assign, never with a
 * spread followed by more properties. V8 builds a new chain of hidden classes for every such
 * literal, and they live until a full GC: a sale then costs a mark-compact every few seconds.
 * This check keeps the files the till list and the redemption run through free of them.
 */
const HOT_PATH_FILES = [
  'src/db/prepared.ts',
  'src/modules/identity/api-token-cache.ts',
  'src/modules/redemptions/limit-period.ts',
  'src/modules/redemptions/redemption-rules.ts',
  'src/modules/redemptions/redemptions-ledger.repository.ts',
  'src/modules/redemptions/redemptions.ledger.ts',
  'src/modules/redemptions/redemptions.repository.ts',
  'src/modules/redemptions/redemptions.service.ts',
  'src/modules/redemptions/till-quote.ts',
];

/** Every object literal in `source` with a property after a spread, as "line: text". */
function spreadsFollowedByProperties(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const firstSpread = node.properties.findIndex(ts.isSpreadAssignment);
      if (firstSpread >= 0 && node.properties.slice(firstSpread + 1).some((p) => !ts.isSpreadAssignment(p))) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${line + 1}: ${node.getText(file).replace(/\s+/g, ' ').slice(0, 100)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the till hot path (decision 0004)', () => {
  it('finds a property after a spread, and nothing else', () => {
    const sample = [
      'const a = { ...x, y: 1 };',
      'const b = { ...x, ...z };',
      'const c = { y: 1, ...x };',
      'const d = Object.assign({}, x, { y: 1 });',
      'function f() { return { ...x, [k]: 2, m() {} }; }',
    ].join('\n');
    expect(spreadsFollowedByProperties('sample.ts', sample)).toEqual([
      '1: { ...x, y: 1 }',
      '5: { ...x, [k]: 2, m() {} }',
    ]);
  });

  it.each(HOT_PATH_FILES)('%s merges objects without a spread followed by properties', (path) => {
    expect(spreadsFollowedByProperties(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
