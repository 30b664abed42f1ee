import { Paragraph } from '@utrecht/component-library-react';
import type { GuideSection } from '../lib/guide-pages.ts';

/**
 * One section of a guide page the pass organisation wrote: plain text, a paragraph per block
 * between empty lines, rendered as text (never as HTML). A section shown in Dutch because it is
 * not translated is marked lang="nl" (and left to right on an Arabic page), so a screen reader
 * reads it in Dutch.
 */
export function GuideText({ section, lead = false }: { section: GuideSection | undefined; lead?: boolean }) {
  if (!section?.text) return null;
  const paragraphs = section.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <div
      className="sp-guide-text"
      {...(section.fallback ? { lang: section.language, dir: 'ltr' } : {})}
      data-section={section.key}
    >
      {paragraphs.map((p, i) => (
        <Paragraph key={i} {...(lead && i === 0 ? { appearance: 'lead' as const } : {})}>
          {p.split('\n').map((line, j) => (
            <span key={j}>
              {j > 0 && <br />}
              {line}
            </span>
          ))}
        </Paragraph>
      ))}
    </div>
  );
}
