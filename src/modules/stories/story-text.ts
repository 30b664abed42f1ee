import type { InvalidParam } from '../../shared/errors.ts';

/**
 * The server's allow-list for a story's rich text. Texts are Markdown and the web app renders a
 * small subset as elements (decision 0012), so HTML never reaches a page as HTML. The server still
 * refuses what has no place in a story, so nothing unsafe is stored for a later renderer:
 * - raw HTML tags (`<script>`, `<img onerror=...>`, `<a href=...>`), comments and HTML entities
 *   that spell a tag;
 * - links to anything but https:, mailto:, tel: or a path on this site (no javascript:, data:,
 *   vbscript:, http: or //host).
 */
const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>?/i;
const ENCODED_TAG = /&(lt|#0*60|#x0*3c);/i;
const LINK = /\[[^\]]*\]\(\s*([^)\s]*)[^)]*\)/g;
const AUTOLINK = /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi;
const SAFE_TARGET = /^(https:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9 ()-]+|\/(?!\/)[^\s]*)$/i;

export function storyTextProblems(text: string, name: string): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (HTML_TAG.test(text) || ENCODED_TAG.test(text))
    problems.push({ name, code: 'html', reason: 'HTML is not allowed; use Markdown: # heading, - list, **bold**' });
  const targets = [...text.matchAll(LINK)].map((m) => m[1] ?? '');
  targets.push(...[...text.matchAll(AUTOLINK)].map((m) => m[1] ?? ''));
  const unsafe = targets.filter((target) => !SAFE_TARGET.test(target));
  if (unsafe.length > 0)
    problems.push({
      name,
      code: 'link',
      reason: `links go to https://..., mailto:, tel: or a path on this site; not to ${unsafe[0]!.slice(0, 40)}`,
    });
  return problems;
}

/** A photo is an https:// address or a path on this site, never data: or javascript:. */
export const safePhotoUrl = (url: string) => /^(https:\/\/[^\s"'<>]+|\/(?!\/)[^\s"'<>]*)$/i.test(url);
