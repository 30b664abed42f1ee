import { Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '../../../components/RouterLink.tsx';
import type { CheckResult } from '../api/schemes.ts';
import { NextStep } from './NextStep.tsx';

/** The check's matches, each with its summary and its next step; printable. */
export function CheckResultList({ result }: { result: CheckResult }) {
  return (
    <ul className="sp-scheme-list">
      {result.matches.map(({ scheme, nextStep }) => (
        <li key={scheme.id} className="sp-scheme-card">
          <Heading level={3}>
            <RouterLink to={`/regelingen/${scheme.slug}`}>{scheme.title}</RouterLink>
          </Heading>
          <Paragraph>{scheme.summary}</Paragraph>
          <NextStep step={nextStep} title={scheme.title} />
        </li>
      ))}
    </ul>
  );
}
