import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useCategories } from '../../../lib/lookups.ts';
import {
  PASS_CATEGORIES,
  todayInNetherlands,
  useCreateScheme,
  type CreditScheme,
  type PassCategory,
} from '../api/credit.ts';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useEuroField } from './useEuroField.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';

function toggle<T>(list: T[], value: T, on: boolean) {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Start a credit scheme: name, amount per pass, where it can be spent, for whom, last day and budget. */
export function CreateSchemeForm({ onCreated }: { onCreated: (scheme: CreditScheme) => void }) {
  const { t, i18n } = useTranslation('credit-admin');
  const create = useCreateScheme();
  const categories = useCategories();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const amount = useEuroField();
  const budget = useEuroField('', { optional: true });
  const [validUntil, setValidUntil] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [spendable, setSpendable] = useState<string[]>([]);
  const [eligible, setEligible] = useState<PassCategory[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const nameProblem = trimmed.length < 2 ? t('creditAdmin.create.nameRequired') : null;
    setNameError(nameProblem);
    const amountCents = amount.check();
    const budgetCents = budget.check();
    const dateProblem = !/^\d{4}-\d{2}-\d{2}$/.test(validUntil)
      ? t('creditAdmin.create.dateRequired')
      : validUntil < todayInNetherlands()
        ? t('creditAdmin.create.dateInPast')
        : null;
    setDateError(dateProblem);
    if (nameProblem || amountCents == null || budgetCents === null || dateProblem) {
      // Focus the first field with a problem, so keyboard and screen reader users land on it.
      focusFirstError();
      return;
    }
    create.mutate(
      {
        name: trimmed,
        ...(description.trim() ? { description: description.trim() } : {}),
        amountPerPassCents: amountCents,
        eligiblePassCategories: eligible,
        spendableOfferCategories: spendable,
        validUntil,
        ...(budgetCents ? { budgetCents } : {}),
      },
      {
        onSuccess: (scheme) => {
          setName('');
          setDescription('');
          amount.setText('');
          budget.setText('');
          setValidUntil('');
          setSpendable([]);
          setEligible([]);
          onCreated(scheme);
        },
      },
    );
  };

  return (
    <form ref={form} onSubmit={submit} className="sp-form" noValidate>
      <Field
        id="scheme-name"
        label={t('creditAdmin.create.name')}
        hint={t('creditAdmin.create.nameHint')}
        error={nameError}
      >
        <Textbox
          id="scheme-name"
          name="name"
          autoComplete="off"
          required
          maxLength={120}
          value={name}
          invalid={!!nameError}
          aria-describedby={describedBy('scheme-name', true, nameError)}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field
        id="scheme-description"
        label={t('creditAdmin.create.description')}
        hint={t('creditAdmin.create.descriptionHint')}
      >
        <Textarea
          id="scheme-description"
          name="description"
          maxLength={2000}
          value={description}
          aria-describedby="scheme-description-hint"
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <Field
        id="scheme-amount"
        label={t('creditAdmin.create.amountPerPass')}
        hint={t('creditAdmin.amountHint')}
        error={amount.error}
      >
        <Textbox
          id="scheme-amount"
          name="amountPerPass"
          inputMode="decimal"
          autoComplete="off"
          required
          value={amount.text}
          invalid={!!amount.error}
          aria-describedby={describedBy('scheme-amount', true, amount.error)}
          onChange={(e) => amount.setText(e.target.value)}
        />
      </Field>
      <Fieldset>
        <FieldsetLegend>{t('creditAdmin.create.spendable')}</FieldsetLegend>
        <FormFieldDescription id="scheme-spendable-hint">{t('creditAdmin.create.spendableHint')}</FormFieldDescription>
        {categories.data?.items.map((category) => (
          <FormField key={category.slug} type="checkbox">
            <Checkbox
              id={`spendable-${category.slug}`}
              checked={spendable.includes(category.slug)}
              onChange={(e) => setSpendable((list) => toggle(list, category.slug, e.target.checked))}
            />
            <FormLabel htmlFor={`spendable-${category.slug}`} type="checkbox">
              {i18n.language === 'en' ? category.nameEn : category.nameNl}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('creditAdmin.create.eligible')}</FieldsetLegend>
        <FormFieldDescription>{t('creditAdmin.create.eligibleHint')}</FormFieldDescription>
        {PASS_CATEGORIES.map((category) => (
          <FormField key={category} type="checkbox">
            <Checkbox
              id={`eligible-${category}`}
              checked={eligible.includes(category)}
              onChange={(e) => setEligible((list) => toggle(list, category, e.target.checked))}
            />
            <FormLabel htmlFor={`eligible-${category}`} type="checkbox">
              {t(`passCategory.${category}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Field
        id="scheme-valid-until"
        label={t('creditAdmin.create.validUntil')}
        hint={t('creditAdmin.create.validUntilHint')}
        error={dateError}
      >
        <Textbox
          id="scheme-valid-until"
          name="validUntil"
          type="date"
          required
          value={validUntil}
          invalid={!!dateError}
          aria-describedby={describedBy('scheme-valid-until', true, dateError)}
          onChange={(e) => setValidUntil(e.target.value)}
        />
      </Field>
      <Field
        id="scheme-budget"
        label={t('creditAdmin.create.budget')}
        hint={t('creditAdmin.create.budgetHint')}
        error={budget.error}
      >
        <Textbox
          id="scheme-budget"
          name="budget"
          inputMode="decimal"
          autoComplete="off"
          value={budget.text}
          invalid={!!budget.error}
          aria-describedby={describedBy('scheme-budget', true, budget.error)}
          onChange={(e) => budget.setText(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('creditAdmin.create.submit')}
      </Button>
      {create.isError && <ErrorMessage error={create.error} />}
      {categories.isError && <Paragraph>{t('creditAdmin.create.categoriesFailed')}</Paragraph>}
    </form>
  );
}
