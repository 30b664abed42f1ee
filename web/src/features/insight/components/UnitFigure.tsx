import { useTranslation } from 'react-i18next';
import { PeopleFigure, type PeopleFigureValue } from '../../../components/PeopleFigure.tsx';
import { formatMoney } from '../../../lib/format.ts';

export type Unit = 'count' | 'percent' | 'cents' | 'ratio';

/** A dashboard figure in its unit: a count, a percentage, euros or a ratio; hidden figures say why. */
export function UnitFigure({ figure, unit }: { figure: PeopleFigureValue; unit: Unit }) {
  const { i18n } = useTranslation();
  const format = (value: number) =>
    unit === 'cents'
      ? formatMoney(value, i18n.language)
      : unit === 'percent'
        ? `${value.toLocaleString('nl-NL')}%`
        : value.toLocaleString('nl-NL');
  return <PeopleFigure figure={figure} format={format} />;
}
