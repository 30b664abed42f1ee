/**
 * The schemes guide's formatted text (web/src/features/schemes/components/Markdown.tsx): the safe
 * subset renders as elements, raw HTML stays text, and only safe link targets become links.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, parseBlocks, safeHref } from '../web/src/features/schemes/components/Markdown.tsx';

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe('the schemes guide Markdown', () => {
  it('turns paragraphs, headings and lists into blocks', () => {
    expect(parseBlocks('## Voor wie\nInwoners\nmet weinig geld\n\n- een\n- twee\n\n1. eerst\n2. dan')).toEqual([
      { kind: 'heading', depth: 2, text: 'Voor wie' },
      { kind: 'paragraph', text: 'Inwoners met weinig geld' },
      { kind: 'list', ordered: false, items: ['een', 'twee'] },
      { kind: 'list', ordered: true, items: ['eerst', 'dan'] },
    ]);
  });

  it('renders bold, italic and safe links', () => {
    const out = html('De pas is **gratis** en *snel*: [aanvragen](/gratis-pas/aanvragen) of [mail](mailto:a@b.nl)');
    expect(out).toContain('<strong>gratis</strong>');
    expect(out).toContain('<em>snel</em>');
    expect(out).toContain('href="/gratis-pas/aanvragen"');
    expect(out).toContain('href="mailto:a@b.nl"');
  });

  it('shows raw HTML as text and never makes a link of javascript:, data: or another host without https', () => {
    const out = html(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [klik](javascript:alert(1)) [x](//evil.example)',
    );
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
    expect(out).not.toContain('href="javascript');
    expect(out).not.toContain('href="//evil');
    expect(['https://zaanstad.nl', '/check', 'tel:14075'].every(safeHref)).toBe(true);
    expect(['javascript:alert(1)', 'data:text/html,x', 'http://x.nl', '//evil.example'].some(safeHref)).toBe(false);
  });
});
