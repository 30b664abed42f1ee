import type { Figure as FigureValue } from '../api/feedback-admin.ts';
import { PeopleFigure } from '../../../components/PeopleFigure.tsx';

/** A figure about people: the number, "minder dan 10", or "verborgen" when it protects a small figure. */
export function Figure({ figure }: { figure: FigureValue | null | undefined }) {
  return <PeopleFigure figure={figure} />;
}
