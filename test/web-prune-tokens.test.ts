import { describe, expect, it } from 'vitest';
import { pruneUnusedTokens } from '../web/prune-unused-tokens.ts';

/** The build keeps only the design tokens the app's style sheets read (decision 0055). */
describe('pruneUnusedTokens', () => {
  const theme = `.theme{--color-purple:#5314a6;--color-red:#d52b1e;--button-bg:var(--color-purple);--button-fg:#fff;--unused-alias:var(--color-red)}.other{--only-here:1px}`;

  it('keeps the tokens a style sheet reads, and the tokens they name in turn', () => {
    const pruned = pruneUnusedTokens(theme, ['.button{background:var(--button-bg);color:var(--button-fg)}']);
    expect(pruned).toBe('.theme{--color-purple:#5314a6;--button-bg:var(--color-purple);--button-fg:#fff}');
  });

  it('counts a read inside a fallback and in another sheet, not a token that is only set', () => {
    const pruned = pruneUnusedTokens(theme, [
      '.a{color:var(--missing,var(--color-red))}',
      '.b{--only-here:2px;margin:0}',
    ]);
    expect(pruned).toBe('.theme{--color-red:#d52b1e}');
  });

  it('keeps a token a source sets to another token, because that read may be all that uses it', () => {
    expect(pruneUnusedTokens(theme, ['.local{--mine:var(--button-fg)}'])).toBe('.theme{--button-fg:#fff}');
  });
});
