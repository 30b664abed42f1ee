import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field } from '../../../components/Field.tsx';
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from '../api/applications.ts';

/** The files chosen, with a message for any that are too big (the server checks the real type). */
export function tooBig(files: File[]) {
  return files.filter((f) => f.size > MAX_EVIDENCE_BYTES).map((f) => f.name);
}

export function EvidencePicker({
  id,
  files,
  onChange,
  label,
}: {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  label: string;
}) {
  const { t } = useTranslation('applications');
  const big = tooBig(files);
  const error = big.length > 0 ? t('evidence.tooBig', { names: big.join(', ') }) : null;
  return (
    <Field id={id} label={label} hint={t('evidence.hint')} error={error}>
      <input
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        className="utrecht-textbox"
        aria-describedby={describedBy(id, true, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      {files.length > 0 && <Paragraph>{t('evidence.chosen', { count: files.length })}</Paragraph>}
    </Field>
  );
}
