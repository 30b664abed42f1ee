import { useState, type FormEvent } from 'react';
import { Button, Textarea } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useAddNote } from '../api/holder-file.ts';

/** A note on the file: what was discussed with the holder, for colleagues. */
export function NoteForm({ holderId }: { holderId: string }) {
  const { t } = useTranslation('holder-file');
  const add = useAddNote(holderId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!body.trim()) {
      setError(t('holderFile.notes.empty'));
      document.getElementById('note-body')?.focus();
      return;
    }
    setError(null);
    add.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        setDone(t('holderFile.notes.saved'));
      },
    });
  };

  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="note-body" label={t('holderFile.notes.label')} error={error}>
        <Textarea
          id="note-body"
          value={body}
          maxLength={2000}
          invalid={!!error}
          aria-describedby={describedBy('note-body', false, error)}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending}>
        {t('holderFile.notes.submit')}
      </Button>
      <div role="status" aria-live="polite">
        {done}
      </div>
      {add.isError && <ErrorMessage error={add.error} />}
    </form>
  );
}
