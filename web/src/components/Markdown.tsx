import { Fragment, type ReactNode } from 'react';
import {
  Heading,
  Link,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';

/**
 * The safe subset of Markdown the schemes guide and the volunteers' information pages store (docs/decisions/0012): paragraphs, `## `
 * headings, `- ` and `1. ` lists, **bold**, *italic* and [links](https://...). It builds React
 * elements, never HTML strings, so raw HTML in the text is shown as text; links go only to
 * https, mailto, tel or a path on this site.
 */
export function Markdown({ text, headingLevel = 2 }: { text: string; headingLevel?: 2 | 3 }) {
  return <>{parseBlocks(text).map((block, i) => renderBlock(block, i, headingLevel))}</>;
}

type Block =
  | { kind: 'heading'; text: string; depth: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]! });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list) list.items[list.items.length - 1] += ` ${line}`;
    else paragraph.push(line);
  }
  flush();
  return blocks;
}

function renderBlock(block: Block, key: number, base: 2 | 3) {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, base + Math.max(0, block.depth - 2)) as 2 | 3 | 4 | 5 | 6;
      return (
        <Heading key={key} level={level}>
          {inline(block.text)}
        </Heading>
      );
    }
    case 'paragraph':
      return <Paragraph key={key}>{inline(block.text)}</Paragraph>;
    case 'list':
      return block.ordered ? (
        <OrderedList key={key}>
          {block.items.map((item, i) => (
            <OrderedListItem key={i}>{inline(item)}</OrderedListItem>
          ))}
        </OrderedList>
      ) : (
        <UnorderedList key={key}>
          {block.items.map((item, i) => (
            <UnorderedListItem key={i}>{inline(item)}</UnorderedListItem>
          ))}
        </UnorderedList>
      );
  }
}

/** Only these link targets are followed; anything else (javascript:, data:) stays plain text. */
export const safeHref = (href: string) => /^(https:\/\/|mailto:|tel:|\/(?!\/))/i.test(href.trim());

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) out.push(text.slice(last, index));
    const [whole, bold, italic, label, href] = match;
    if (bold !== undefined) out.push(<strong key={index}>{inline(bold)}</strong>);
    else if (italic !== undefined) out.push(<em key={index}>{inline(italic)}</em>);
    else if (label !== undefined && href !== undefined && safeHref(href))
      out.push(
        <Link key={index} href={href.trim()}>
          {label}
        </Link>,
      );
    else out.push(<Fragment key={index}>{whole}</Fragment>);
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
