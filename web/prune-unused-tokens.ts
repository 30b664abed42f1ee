import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import postcss from 'postcss';
import type { Plugin } from 'vite';

const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;
const referencesIn = (text: string) => [...text.matchAll(VAR_REFERENCE)].map((match) => match[1]!);

/**
 * The design-token sheet with only the tokens `sources` read: a token named in `var()` by any
 * source (an ordinary declaration of a style sheet, or a script), and every token a kept token's
 * value names in turn. A token only ever set, never read, is dropped, whatever it is called.
 * Rules left empty are dropped too.
 */
export function pruneUnusedTokens(tokenSheet: string, sources: string[]): string {
  const root = postcss.parse(tokenSheet);
  const definitions = new Map<string, string[]>();
  root.walkDecls((declaration) => {
    if (declaration.prop.startsWith('--'))
      definitions.set(declaration.prop, [...(definitions.get(declaration.prop) ?? []), declaration.value]);
  });
  const used = new Set<string>();
  const use = (names: string[]) => {
    const pending = names.filter((name) => !used.has(name));
    for (const name of pending) used.add(name);
    while (pending.length > 0) {
      for (const value of definitions.get(pending.pop()!) ?? [])
        for (const name of referencesIn(value))
          if (!used.has(name)) {
            used.add(name);
            pending.push(name);
          }
    }
  };
  for (const source of sources) {
    // A style sheet's own token definitions do not make a token used; what it reads does.
    const read = source.replace(/(^|[{;\s])--[\w-]+\s*:/g, '$1');
    use(referencesIn(read));
  }
  root.walkDecls((declaration) => {
    if (declaration.prop.startsWith('--') && !used.has(declaration.prop)) declaration.remove();
  });
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  return root.toString();
}

const SCRIPT_OR_STYLE = /\.(?:tsx?|css)$/;
const CSS_IMPORT = /import\s+['"]([^'"]+\.css)['"]/g;

/** Every file under `dir` that is a script or a style sheet. */
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SCRIPT_OR_STYLE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Serves the design-token theme with only the tokens the app reads (decision 0055). The theme
 * defines about 2,900 tokens on the page's root and the app reads about 1,000: each one is
 * parsed, and resolved at the first style calculation, on every page load of a cheap phone.
 *
 * What the app reads is found in its sources, not in the bundle, so the pruned theme is part of
 * the entry style sheet before its name is hashed: the web app's own scripts and style sheets,
 * and every style sheet they import from a package (the Utrecht components, MapLibre).
 */
export function pruneUnusedTokensPlugin(themeModule: string, srcDir: string): Plugin {
  const require = createRequire(path.join(srcDir, 'package.json'));
  let themeFile = '';
  return {
    name: 'stadspas-prune-unused-tokens',
    apply: 'build',
    buildStart() {
      themeFile = require.resolve(themeModule);
    },
    load(id) {
      if (id !== themeFile) return null;
      const sources: string[] = [];
      for (const file of sourceFiles(srcDir)) {
        const text = fs.readFileSync(file, 'utf8');
        sources.push(text);
        for (const [, imported] of text.matchAll(CSS_IMPORT)) {
          const sheet = imported!.startsWith('.')
            ? path.resolve(path.dirname(file), imported!)
            : require.resolve(imported!);
          if (sheet !== themeFile && !sheet.startsWith(srcDir)) sources.push(fs.readFileSync(sheet, 'utf8'));
        }
      }
      return pruneUnusedTokens(fs.readFileSync(themeFile, 'utf8'), sources);
    },
  };
}
