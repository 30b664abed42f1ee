import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  usePassYearSettings,
  useSavePassYearSettings,
  type PassYearSettings,
  type PassYearSettingsInput,
} from '../api/settings.ts';

type PassType = keyof PassYearSettings['validity'];
const PASS_TYPES: PassType[] = ['regular', 'low_income', 'carer', 'child'];
const VALIDITIES: PassYearSettings['validity'][PassType][] = ['calendar_year', 'twelve_months'];

function SettingsForm({ settings }: { settings: PassYearSettings }) {
  const { t } = useTranslation('pass-year-admin');
  const save = useSavePassYearSettings();
  const [form, setForm] = useState<PassYearSettingsInput>({
    graceMonths: settings.graceMonths,
    validity: settings.validity,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };
  return (
    <form onSubmit={submit} noValidate className="sp-form">
      <Heading level={2}>{t('validityTitle')}</Heading>
      <Paragraph>{t('validityIntro')}</Paragraph>
      {PASS_TYPES.map((type) => (
        <Field key={type} id={`validity-${type}`} label={t(`passType.${type}`)}>
          <Select
            id={`validity-${type}`}
            value={form.validity[type]}
            onChange={(e) =>
              setForm({
                ...form,
                validity: { ...form.validity, [type]: e.target.value as PassYearSettings['validity'][PassType] },
              })
            }
          >
            {VALIDITIES.map((v) => (
              <SelectOption key={v} value={v}>
                {t(`validity.${v}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
      ))}
      <Heading level={2}>{t('graceTitle')}</Heading>
      <Field id="grace-months" label={t('graceLabel')} hint={t('graceHint')}>
        <Select
          id="grace-months"
          aria-describedby="grace-months-hint"
          value={String(form.graceMonths)}
          onChange={(e) => setForm({ ...form, graceMonths: Number(e.target.value) })}
        >
          {[0, 1, 2, 3, 4, 5, 6].map((months) => (
            <SelectOption key={months} value={String(months)}>
              {t('months', { count: months })}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t('save')}
      </Button>
      {save.isSuccess && (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">
            <Paragraph>{t('saved')}</Paragraph>
          </div>
        </div>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

/** Beheer → Pasjaar: how long passes of each pass type are valid, and the grace period at the till. */
export default function PassYearSettingsPage() {
  const { t } = useTranslation('pass-year-admin');
  usePageTitle(t('title'));
  const settings = usePassYearSettings();
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorMessage error={settings.error} />}
      {settings.data && <SettingsForm settings={settings.data} />}
    </>
  );
}
