import { Textarea, Textbox } from '@utrecht/component-library-react';
import { Field, describedBy } from '../../../components/Field.tsx';

/** A labelled text input (or text area) with an optional hint; the server names what is wrong. */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  type = 'text',
  multiline = false,
  required = false,
  autoComplete = 'off',
  inputMode,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'tel';
  multiline?: boolean;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const common = {
    id,
    'name': id,
    value,
    required,
    'aria-describedby': describedBy(id, !!hint, null),
  };
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})}>
      {multiline ? (
        <Textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Textbox
          {...common}
          type={type}
          autoComplete={autoComplete}
          {...(inputMode ? { inputMode } : {})}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
