/**
 * An Atom 1.0 feed (RFC 4287) of published stories: the whole site, or one wijk or route. Built
 * by hand because it is a dozen elements; every text goes through `xml()`, and a test parses the
 * result back.
 */
export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  url: string;
  published: Date;
  updated: Date;
  author: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 does not allow at all are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const xml = (text: string) => text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function atomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  entries: AtomEntry[];
}): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <updated>${(feed.entries.length ? updated : new Date(0)).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.siteUrl)}"/>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>`,
      `    <published>${e.published.toISOString()}</published>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <author><name>${xml(e.author)}</name></author>`,
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
