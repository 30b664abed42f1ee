// ESLint rule `stadspas/own-tables-only`: a module writes only the tables its manifest lists
// (`tables: [...]` in src/modules/<module>/<module>.module.ts). It finds Kysely writes
// (insertInto, updateTable, deleteFrom, mergeInto, replaceInto) and SQL text in template
// literals (`insert into x`, `update x set`, `delete from x`). See docs/decisions/0007.
import fs from 'node:fs';
import path from 'node:path';

const WRITE_METHODS = new Set(['insertInto', 'updateTable', 'deleteFrom', 'mergeInto', 'replaceInto']);
const SQL_WRITE = /\b(?:insert\s+into|delete\s+from|update)\s+([a-z_][a-z0-9_]*)/gi;
// Words that follow `update` without naming a table: `do update set`, `for update skip locked`, ...
const NOT_A_TABLE = new Set(['set', 'skip', 'nowait', 'of', 'on', 'to']);

const ownedTablesCache = new Map();

/** The tables the module at `moduleDir` owns, read from its manifest; null when it has none. */
function ownedTables(moduleDir) {
  if (ownedTablesCache.has(moduleDir)) return ownedTablesCache.get(moduleDir);
  const manifest = path.join(moduleDir, `${path.basename(moduleDir)}.module.ts`);
  let tables = null;
  if (fs.existsSync(manifest)) {
    const match = /\btables:\s*\[([^\]]*)\]/.exec(fs.readFileSync(manifest, 'utf8'));
    if (match) tables = new Set([...match[1].matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]));
  }
  ownedTablesCache.set(moduleDir, tables);
  return tables;
}

/** src/modules/<module> of a file, or null when the file is not in a module. */
function moduleDirOf(filename) {
  const parts = path.resolve(filename).split(path.sep);
  const at = parts.lastIndexOf('modules');
  if (at < 1 || parts[at - 1] !== 'src' || parts.length < at + 3) return null;
  return parts.slice(0, at + 2).join(path.sep);
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description: "A module writes only the tables its manifest says it owns; it asks the owner's service otherwise.",
    },
    schema: [],
    messages: {
      notOwned:
        "Module '{{module}}' writes table '{{table}}', which it does not own. Call the owning module's service (docs/decisions/0007).",
      noManifest: "Module '{{module}}' writes table '{{table}}' but has no manifest listing its tables.",
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    if (/\.test\.ts$/.test(filename)) return {};
    const moduleDir = moduleDirOf(filename);
    if (!moduleDir) return {};
    const module = path.basename(moduleDir);
    const owned = ownedTables(moduleDir);
    const check = (node, rawTable) => {
      const table = rawTable.trim().split(/\s+/)[0];
      if (!table || NOT_A_TABLE.has(table.toLowerCase())) return;
      if (owned === null) context.report({ node, messageId: 'noManifest', data: { module, table } });
      else if (!owned.has(table)) context.report({ node, messageId: 'notOwned', data: { module, table } });
    };
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return;
        if (!WRITE_METHODS.has(callee.property.name)) return;
        const [first] = node.arguments;
        if (first?.type === 'Literal' && typeof first.value === 'string') check(first, first.value);
      },
      TemplateLiteral(node) {
        const text = node.quasis.map((q) => q.value.raw).join(' ');
        for (const match of text.matchAll(SQL_WRITE)) check(node, match[1]);
      },
    };
  },
};
