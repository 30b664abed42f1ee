import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { Field, describedBy } from '../../../components/Field.tsx';

/** A labelled text input (or text area) with an optional hint; the server names what is wrong. */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  multiline = false,
  required = false,
  type = 'text',
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  type?: 'text' | 'date' | 'number';
}) {
  const common = { id, 'name': id, value, required, 'aria-describedby': describedBy(id, !!hint, null) };
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})}>
      {multiline ? (
        <Textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Textbox {...common} type={type} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** A group of checkboxes: one legend, one box per option. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  options,
  selected,
  onChange,
  label,
}: {
  id: string;
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  label: (option: T) => string;
}) {
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((option) => (
        <FormField key={option} type="checkbox">
          <Checkbox
            id={`${id}-${option}`}
            name={id}
            checked={selected.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...selected, option] : selected.filter((s) => s !== option))}
          />
          <FormLabel htmlFor={`${id}-${option}`} type="checkbox">
            {label(option)}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

/** "koken, kinderen" → ['koken', 'kinderen']. */
export const splitTags = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
