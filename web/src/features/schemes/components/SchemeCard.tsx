import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import type { SchemeSummary } from '../api/schemes.ts';

/** One scheme in a list: its title links to its page; who offers it and how to apply. */
export function SchemeCard({ scheme, headingLevel = 2 }: { scheme: SchemeSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('schemes');
  return (
    <li className="sp-scheme-card">
      <Heading level={headingLevel}>
        <RouterLink to={`/regelingen/${scheme.slug}`}>{scheme.title}</RouterLink>
      </Heading>
      <Paragraph>{scheme.summary}</Paragraph>
      <Paragraph className="sp-scheme-card__meta">
        {scheme.providerName || t(`providerKind.${scheme.providerKind}`)} · {t(`applyRoute.${scheme.applyRoute}`)}
      </Paragraph>
    </li>
  );
}
