import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { describedBy, Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  NOTE_KINDS,
  useAddRelationshipNote,
  useRelationshipNotes,
  useStilleKrachten,
  type RelationshipNote,
  type StilleKracht,
} from '../api/recruitment.ts';
import '../recruitment.css';

const dutchDate = (d: string) => d.split('-').reverse().join('-');
const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/**
 * "Stille Krachten": the private partners that fight poverty in their own way. The pass
 * organisation keeps its relationship with them here: contacts, agreements and history.
 */
export default function StilleKrachtenPage() {
  const { t } = useTranslation('recruitment');
  usePageTitle(t('stilleKrachten.title'));
  const list = useStilleKrachten();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = list.data?.items.find((s) => s.id === chosenId);
  return (
    <div className="sp-stille-krachten">
      <Heading level={1}>{t('stilleKrachten.title')}</Heading>
      <Paragraph appearance="lead">{t('stilleKrachten.intro')}</Paragraph>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <Paragraph>{t('stilleKrachten.none')}</Paragraph>
        ) : (
          <TableScroll label={t('stilleKrachten.title')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('stilleKrachten.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('stilleKrachten.liveOffers')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('stilleKrachten.lastContact')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('stilleKrachten.notes')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.items.map((s) => (
                  <TableRow key={s.id}>
                    <TableHeaderCell scope="row">{s.name}</TableHeaderCell>
                    <TableCell>{s.liveOffers}</TableCell>
                    <TableCell>{s.lastContactOn ? dutchDate(s.lastContactOn) : t('stilleKrachten.never')}</TableCell>
                    <TableCell>
                      <Button aria-pressed={s.id === chosenId} onClick={() => setChosenId(s.id)}>
                        {t('stilleKrachten.open', { name: s.name })}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        ))}
      {chosen && <Relationship key={chosen.id} provider={chosen} />}
    </div>
  );
}

function Relationship({ provider }: { provider: StilleKracht }) {
  const { t } = useTranslation('recruitment');
  const notes = useRelationshipNotes(provider.id);
  const byKind = (kind: RelationshipNote['kind']) => notes.data?.items.filter((n) => n.kind === kind) ?? [];
  return (
    <section aria-labelledby="relationship-title" className="sp-relationship">
      <Heading level={2} id="relationship-title" tabIndex={-1}>
        {t('stilleKrachten.relationship', { name: provider.name })}
      </Heading>
      {notes.isPending && <Loading />}
      {notes.isError && <ErrorMessage error={notes.error} />}
      {notes.data &&
        NOTE_KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`notes-${kind}`}>
            <Heading level={3} id={`notes-${kind}`}>
              {t(`stilleKrachten.kinds.${kind}`)}
            </Heading>
            {byKind(kind).length === 0 ? (
              <Paragraph>{t('stilleKrachten.noNotes')}</Paragraph>
            ) : (
              <ul className="sp-relationship__notes">
                {byKind(kind).map((n) => (
                  <li key={n.id}>
                    <strong>{dutchDate(n.notedOn)}</strong>: {n.body}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      <NoteForm provider={provider} />
    </section>
  );
}

function NoteForm({ provider }: { provider: StilleKracht }) {
  const { t } = useTranslation('recruitment');
  const add = useAddRelationshipNote(provider.id);
  const [kind, setKind] = useState<RelationshipNote['kind']>('contact');
  const [notedOn, setNotedOn] = useState(todayIso());
  const [body, setBody] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const errors: Record<string, string> = {};
  if (add.error instanceof ApiError)
    for (const p of add.error.invalidParams) errors[p.name.replace(/^body\./, '').split('.')[0]!] ??= p.reason;
  const fieldsKnown = Object.keys(errors).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kind, notedOn, body }, { onSuccess: () => setBody(''), onError: () => focusFirstInvalid() });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="sp-form" aria-labelledby="note-form-title">
      <Heading level={3} id="note-form-title">
        {t('stilleKrachten.newNote')}
      </Heading>
      <Field id="note-kind" label={t('stilleKrachten.kind')} error={errors.kind}>
        <Select
          id="note-kind"
          value={kind}
          invalid={!!errors.kind}
          aria-describedby={describedBy('note-kind', false, errors.kind)}
          onChange={(e) => setKind(e.target.value as RelationshipNote['kind'])}
        >
          {NOTE_KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`stilleKrachten.kinds.${k}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="note-date" label={t('stilleKrachten.notedOn')} error={errors.notedOn}>
        <Textbox
          id="note-date"
          type="date"
          required
          value={notedOn}
          invalid={!!errors.notedOn}
          aria-describedby={describedBy('note-date', false, errors.notedOn)}
          onChange={(e) => setNotedOn(e.target.value)}
        />
      </Field>
      <Field id="note-body" label={t('stilleKrachten.body')} error={errors.body}>
        <Textarea
          id="note-body"
          required
          value={body}
          invalid={!!errors.body}
          aria-describedby={describedBy('note-body', false, errors.body)}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      {add.isError && !fieldsKnown && <ErrorMessage error={add.error} />}
      {add.isSuccess && <Paragraph role="status">{t('stilleKrachten.saved')}</Paragraph>}
      <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
        {t('stilleKrachten.save')}
      </Button>
    </form>
  );
}
