import { inflateSync } from 'node:zlib';

/**
 * The text a PDF written with a standard font (Helvetica) shows: the strings of its (deflated)
 * content streams, one line per text run. Enough to check what a letter says.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = match[1]!;
    try {
      content = inflateSync(Buffer.from(content, 'latin1')).toString('latin1');
    } catch {
      /* not deflated */
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g))
      out.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
      );
  }
  return out.join('\n');
}
