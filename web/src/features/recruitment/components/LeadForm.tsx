import { forwardRef, useState } from 'react';
import { Button, Heading, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { useCreateLead, type BoardContext } from '../api/recruitment.ts';

export interface LeadDraft {
  routeId: string;
  wijkCode: string;
}

/** A new lead; from a gap in the matrix its route and wijk are filled in. */
export const LeadForm = forwardRef<
  HTMLHeadingElement,
  { board: BoardContext; draft: LeadDraft; onDraft: (d: LeadDraft) => void }
>(function LeadForm({ board, draft, onDraft }, headingRef) {
  const { t } = useTranslation('recruitment');
  const create = useCreateLead();
  const [name, setName] = useState('');
  const [contactName, setContactName] = useState('');
  const [nextStepOn, setNextStepOn] = useState('');
  const [notes, setNotes] = useState('');
  const wijken = board.ownWijkCodes ? board.wijken.filter((w) => board.ownWijkCodes!.includes(w.code)) : board.wijken;
  return (
    <form
      className="sp-lead-form"
      aria-labelledby="lead-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          {
            name,
            ...(contactName ? { contactName } : {}),
            routeId: draft.routeId || null,
            wijkCode: draft.wijkCode || null,
            nextStepOn: nextStepOn || null,
            ...(notes ? { notes } : {}),
          },
          {
            onSuccess: () => {
              setName('');
              setContactName('');
              setNextStepOn('');
              setNotes('');
              onDraft({ routeId: '', wijkCode: '' });
            },
          },
        );
      }}
    >
      <Heading level={2} id="lead-form-title" ref={headingRef} tabIndex={-1}>
        {t('form.title')}
      </Heading>
      <Field id="lead-name" label={t('form.name')}>
        <Textbox id="lead-name" value={name} required onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="lead-contact" label={t('form.contactName')}>
        <Textbox id="lead-contact" value={contactName} onChange={(e) => setContactName(e.target.value)} />
      </Field>
      <Field id="lead-route" label={t('form.route')}>
        <Select id="lead-route" value={draft.routeId} onChange={(e) => onDraft({ ...draft, routeId: e.target.value })}>
          <SelectOption value="">{t('form.noRoute')}</SelectOption>
          {board.routes.map((r) => (
            <SelectOption key={r.id} value={r.id}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="lead-wijk" label={t('form.wijk')}>
        <Select id="lead-wijk" value={draft.wijkCode} onChange={(e) => onDraft({ ...draft, wijkCode: e.target.value })}>
          <SelectOption value="">{t('form.noWijk')}</SelectOption>
          {wijken.map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="lead-next" label={t('form.nextStepOn')}>
        <Textbox id="lead-next" type="date" value={nextStepOn} onChange={(e) => setNextStepOn(e.target.value)} />
      </Field>
      <Field id="lead-notes" label={t('form.notes')}>
        <Textarea id="lead-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      {create.isError && <ErrorMessage error={create.error} />}
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('form.save')}
      </Button>
    </form>
  );
});
