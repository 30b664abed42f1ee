import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field.tsx';

export interface MemberRow {
  key: number;
  name: string;
  birthDate: string;
}

export interface Household {
  withPartner: boolean;
  partner: MemberRow;
  children: MemberRow[];
}

const MAX_CHILDREN = 10;
let nextKey = 1;
export const newRow = (): MemberRow => ({ key: nextKey++, name: '', birthDate: '' });

/** The partner (optional) and the children under 18 the application is also for. */
export function HouseholdFields({ value, onChange }: { value: Household; onChange: (next: Household) => void }) {
  const { t } = useTranslation('applications');
  const setChild = (key: number, change: Partial<MemberRow>) =>
    onChange({ ...value, children: value.children.map((c) => (c.key === key ? { ...c, ...change } : c)) });

  const memberFields = (
    prefix: string,
    row: MemberRow,
    labels: { name: string; birth: string },
    set: (c: Partial<MemberRow>) => void,
  ) => (
    <>
      <Field id={`${prefix}-name`} label={labels.name}>
        <Textbox
          id={`${prefix}-name`}
          required
          maxLength={200}
          value={row.name}
          onChange={(e) => set({ name: e.target.value })}
        />
      </Field>
      <Field id={`${prefix}-birth`} label={labels.birth}>
        <Textbox
          id={`${prefix}-birth`}
          type="date"
          required
          value={row.birthDate}
          onChange={(e) => set({ birthDate: e.target.value })}
        />
      </Field>
    </>
  );

  return (
    <Fieldset>
      <FieldsetLegend>{t('apply.household')}</FieldsetLegend>
      <Paragraph>{t('apply.householdIntro')}</Paragraph>
      <FormField type="checkbox">
        <div className="utrecht-form-field__input">
          <Checkbox
            id="apply-partner"
            checked={value.withPartner}
            onChange={(e) => onChange({ ...value, withPartner: e.target.checked })}
          />
        </div>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="apply-partner" type="checkbox">
            {t('apply.withPartner')}
          </FormLabel>
        </div>
      </FormField>
      {value.withPartner &&
        memberFields(
          'partner',
          value.partner,
          { name: t('apply.partnerName'), birth: t('apply.partnerBirthDate') },
          (c) => onChange({ ...value, partner: { ...value.partner, ...c } }),
        )}
      {value.children.map((child, i) => (
        <div key={child.key} role="group" aria-label={t('apply.childN', { n: i + 1 })} className="sp-form">
          {memberFields(
            `child-${child.key}`,
            child,
            { name: t('apply.childName', { n: i + 1 }), birth: t('apply.childBirthDate', { n: i + 1 }) },
            (c) => setChild(child.key, c),
          )}
          <Button
            appearance="secondary-action-button"
            onClick={() => onChange({ ...value, children: value.children.filter((c) => c.key !== child.key) })}
          >
            {t('apply.removeChild', { n: i + 1 })}
          </Button>
        </div>
      ))}
      {value.children.length < MAX_CHILDREN && (
        <Button
          appearance="secondary-action-button"
          onClick={() => onChange({ ...value, children: [...value.children, newRow()] })}
        >
          {t('apply.addChild')}
        </Button>
      )}
    </Fieldset>
  );
}
