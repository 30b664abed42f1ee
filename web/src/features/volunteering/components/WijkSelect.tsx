import { Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field.tsx';
import { useWijken } from '../../../lib/lookups.ts';

/** A required choice of one wijk. */
export function WijkSelect({ id, value, onChange }: { id: string; value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation('volunteering');
  const wijken = useWijken();
  return (
    <Field id={id} label={t('common.wijk')}>
      <Select id={id} name={id} value={value} required onChange={(e) => onChange(e.target.value)}>
        <SelectOption value="">{t('common.chooseWijk')}</SelectOption>
        {wijken.data?.items.map((w) => (
          <SelectOption key={w.code} value={w.code}>
            {w.name}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}
