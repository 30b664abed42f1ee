import { Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field.tsx';

/** The year the figures are about: this year and the three before. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation('insight');
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  return (
    <Field id="insight-year" label={t('year')}>
      <Select id="insight-year" value={String(year)} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <SelectOption key={y} value={String(y)}>
            {y}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}

/** The year from the address (?jaar=2026), else this year. */
export function yearFrom(params: URLSearchParams): number {
  const year = Number(params.get('jaar'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}
