import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../api/desk.ts';

/** Pin or cash: how the customer paid at the desk. */
export function PaymentChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: PaymentMethod;
  onChange: (method: PaymentMethod) => void;
}) {
  const { t } = useTranslation('desk');
  return (
    <Fieldset>
      <FieldsetLegend>{t('desk.paidWith')}</FieldsetLegend>
      {(['pin', 'cash'] as const).map((m) => (
        <FormField key={m} type="radio">
          <RadioButton id={`${id}-${m}`} name={id} checked={value === m} onChange={() => onChange(m)} />
          <FormLabel htmlFor={`${id}-${m}`} type="radio">
            {t(`desk.method.${m}`)}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
