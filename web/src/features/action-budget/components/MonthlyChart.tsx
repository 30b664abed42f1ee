import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthFigures } from '../api/action-budget.ts';
import { monthName } from './month-name.ts';

const WIDTH = 520;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 8, bottom: 36, left: 78 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/** A round upper bound and ticks for the y axis: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 100, 200, 300, 400];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

/**
 * Bars per month: what came into the actiebudget and what went out. Drawn as plain SVG. The
 * picture has a name and a description for screen readers; the table next to it holds the same
 * figures, and the page says the totals in words.
 */
export function MonthlyChart({ months, year }: { months: MonthFigures[]; year: number }) {
  const { t, i18n } = useTranslation('action-budget');
  const titleId = useId();
  const descId = useId();
  const max = Math.max(0, ...months.map((m) => Math.max(m.in.totalCents, m.out.totalCents)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const y = (cents: number) => MARGIN.top + PLOT_H - (Math.max(0, cents) / top) * PLOT_H;
  const band = PLOT_W / months.length;
  const barW = Math.min(18, band * 0.36);
  const euros = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });

  return (
    <figure className="sp-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="sp-chart__svg"
      >
        <title id={titleId}>{t('actionBudget.chartTitle', { year })}</title>
        <desc id={descId}>{t('actionBudget.chartDescription')}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="sp-chart__grid" />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="sp-chart__label">
              {euros.format(tick / 100)}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = MARGIN.left + i * band + band / 2;
          return (
            <g key={m.month}>
              <rect
                x={x - barW - 1}
                y={y(m.in.totalCents)}
                width={barW}
                height={MARGIN.top + PLOT_H - y(m.in.totalCents)}
                className="sp-chart__bar--in"
              />
              <rect
                x={x + 1}
                y={y(m.out.totalCents)}
                width={barW}
                height={MARGIN.top + PLOT_H - y(m.out.totalCents)}
                className="sp-chart__bar--out"
              />
              <text x={x} y={HEIGHT - MARGIN.bottom + 20} textAnchor="middle" className="sp-chart__label">
                {monthName(m.month, i18n.language, 'short')}
              </text>
            </g>
          );
        })}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={MARGIN.top + PLOT_H}
          y2={MARGIN.top + PLOT_H}
          className="sp-chart__axis"
        />
      </svg>
      <figcaption>
        <ul className="sp-chart__legend">
          <li>
            <span className="sp-chart__swatch sp-chart__swatch--in" aria-hidden="true" />
            {t('actionBudget.legendIn')}
          </li>
          <li>
            <span className="sp-chart__swatch sp-chart__swatch--out" aria-hidden="true" />
            {t('actionBudget.legendOut')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
