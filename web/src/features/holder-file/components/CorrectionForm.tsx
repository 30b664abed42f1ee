import { useState, type FormEvent } from 'react';
import { Button, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import { useCorrectHolder, type HolderFile } from '../api/holder-file.ts';

type FieldName = 'name' | 'email' | 'wijkCode' | 'street' | 'houseNumber' | 'postcode' | 'city';

/** Correct the holder's details. The server checks every field and audits what changed. */
export function CorrectionForm({ file, onDone }: { file: HolderFile; onDone: (message: string) => void }) {
  const { t } = useTranslation('holder-file');
  const wijken = useWijken();
  const correct = useCorrectHolder(file.id);
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: file.name,
    email: file.email ?? '',
    wijkCode: file.wijk?.code ?? '',
    street: file.address?.street ?? '',
    houseNumber: file.address?.houseNumber ?? '',
    postcode: file.address?.postcode ?? '',
    city: file.address?.city ?? '',
  });
  const set = (field: FieldName) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = [values.street, values.houseNumber, values.postcode, values.city].some((v) => v.trim())
      ? {
          street: values.street.trim(),
          houseNumber: values.houseNumber.trim(),
          postcode: values.postcode.trim(),
          city: values.city.trim(),
        }
      : null;
    correct.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim() || null,
        wijkCode: values.wijkCode || null,
        address,
      },
      { onSuccess: () => onDone(t('holderFile.correct.saved')) },
    );
  };

  const text = (field: FieldName, autoComplete: string) => (
    <Field id={`correct-${field}`} label={t(`holderFile.fields.${field}`)}>
      <Textbox id={`correct-${field}`} autoComplete={autoComplete} value={values[field]} onChange={set(field)} />
    </Field>
  );

  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      {text('name', 'off')}
      {text('email', 'off')}
      <Field id="correct-wijkCode" label={t('holderFile.fields.wijkCode')}>
        <Select id="correct-wijkCode" value={values.wijkCode} onChange={set('wijkCode')}>
          <SelectOption value="">{t('holderFile.correct.noWijk')}</SelectOption>
          {(wijken.data?.items ?? []).map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {text('street', 'off')}
      {text('houseNumber', 'off')}
      {text('postcode', 'off')}
      {text('city', 'off')}
      <Button type="submit" appearance="primary-action-button" busy={correct.isPending} disabled={correct.isPending}>
        {t('holderFile.correct.submit')}
      </Button>
      {correct.isError && <ErrorMessage error={correct.error} />}
    </form>
  );
}
