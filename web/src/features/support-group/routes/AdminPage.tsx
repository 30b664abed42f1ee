import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
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
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useActionDone,
  useAddAction,
  useInvite,
  useMeetings,
  useMembers,
  usePlanMeeting,
  usePolicyGoals,
  useSaveNotes,
  type Meeting,
  type NewMember,
} from '../api/support-group.ts';

const KINDS: readonly NewMember['kind'][] = ['business', 'volunteer_initiative', 'civil_servant'];

/** Beheer of the supportgroep: invite members, plan meetings, keep notes and actions. */
export default function AdminPage() {
  const { t } = useTranslation('support-group');
  usePageTitle(t('admin.title'));
  const members = useMembers();
  const meetings = useMeetings();
  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph>{t('admin.intro')}</Paragraph>
      <InviteForm />
      <section aria-labelledby="sg-members">
        <Heading level={2} id="sg-members">
          {t('admin.members')}
        </Heading>
        {members.isPending ? (
          <Loading />
        ) : members.isError ? (
          <ErrorMessage error={members.error} />
        ) : (
          <TableScroll label={t('admin.members')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('admin.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.goal')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.leads')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.data.items.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      {m.name}
                      {m.organisation ? ` (${m.organisation})` : ''}
                    </TableCell>
                    <TableCell>{t(`kinds.${m.kind}`)}</TableCell>
                    <TableCell>{m.policyGoal.name}</TableCell>
                    <TableCell>{m.leadCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>
      <MeetingForm />
      <section aria-labelledby="sg-admin-meetings">
        <Heading level={2} id="sg-admin-meetings">
          {t('meetings.title')}
        </Heading>
        {meetings.data?.items.map((m) => (
          <MeetingAdmin key={m.id} meeting={m} />
        ))}
      </section>
    </>
  );
}

function InviteForm() {
  const { t } = useTranslation('support-group');
  const goals = usePolicyGoals();
  const invite = useInvite();
  const [member, setMember] = useState({ name: '', email: '', organisation: '', kind: 'business', policyGoalId: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { ...member, kind: member.kind as NewMember['kind'] },
      { onSuccess: () => setMember({ name: '', email: '', organisation: '', kind: 'business', policyGoalId: '' }) },
    );
  };
  return (
    <section aria-labelledby="sg-invite">
      <Heading level={2} id="sg-invite">
        {t('admin.invite')}
      </Heading>
      <form onSubmit={submit} className="sp-form" aria-labelledby="sg-invite">
        <Field id="sg-name" label={t('admin.name')}>
          <Textbox
            id="sg-name"
            required
            value={member.name}
            onChange={(e) => setMember({ ...member, name: e.target.value })}
          />
        </Field>
        <Field id="sg-email" label={t('admin.email')}>
          <Textbox
            id="sg-email"
            type="email"
            required
            value={member.email}
            onChange={(e) => setMember({ ...member, email: e.target.value })}
          />
        </Field>
        <Field id="sg-organisation" label={t('admin.organisation')}>
          <Textbox
            id="sg-organisation"
            value={member.organisation}
            onChange={(e) => setMember({ ...member, organisation: e.target.value })}
          />
        </Field>
        <Field id="sg-kind" label={t('admin.kind')}>
          <Select id="sg-kind" value={member.kind} onChange={(e) => setMember({ ...member, kind: e.target.value })}>
            {KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {t(`kinds.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="sg-goal" label={t('admin.goal')}>
          <Select
            id="sg-goal"
            required
            value={member.policyGoalId}
            onChange={(e) => setMember({ ...member, policyGoalId: e.target.value })}
          >
            <SelectOption value="">{t('admin.chooseGoal')}</SelectOption>
            {goals.data?.items.map((g) => (
              <SelectOption key={g.id} value={g.id}>
                {g.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={invite.isPending} disabled={invite.isPending}>
          {t('admin.inviteButton')}
        </Button>
        {invite.isError && <ErrorMessage error={invite.error} />}
        {invite.isSuccess && <Paragraph role="status">{t('admin.invited')}</Paragraph>}
      </form>
    </section>
  );
}

function MeetingForm() {
  const { t } = useTranslation('support-group');
  const plan = usePlanMeeting();
  const [m, setM] = useState({ title: '', startsAt: '', place: '', onlineUrl: '', agenda: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    plan.mutate(
      {
        title: m.title,
        startsAt: m.startsAt ? new Date(m.startsAt).toISOString() : '',
        place: m.place,
        onlineUrl: m.onlineUrl.trim() || null,
        agenda: m.agenda,
      },
      { onSuccess: () => setM({ title: '', startsAt: '', place: '', onlineUrl: '', agenda: '' }) },
    );
  };
  return (
    <section aria-labelledby="sg-plan">
      <Heading level={2} id="sg-plan">
        {t('admin.plan')}
      </Heading>
      <form onSubmit={submit} className="sp-form" aria-labelledby="sg-plan">
        <Field id="sg-m-title" label={t('admin.meetingTitle')}>
          <Textbox id="sg-m-title" required value={m.title} onChange={(e) => setM({ ...m, title: e.target.value })} />
        </Field>
        <Field id="sg-m-start" label={t('admin.startsAt')}>
          <Textbox
            id="sg-m-start"
            type="datetime-local"
            required
            value={m.startsAt}
            onChange={(e) => setM({ ...m, startsAt: e.target.value })}
          />
        </Field>
        <Field id="sg-m-place" label={t('admin.place')}>
          <Textbox id="sg-m-place" value={m.place} onChange={(e) => setM({ ...m, place: e.target.value })} />
        </Field>
        <Field id="sg-m-online" label={t('admin.onlineUrl')}>
          <Textbox
            id="sg-m-online"
            type="url"
            value={m.onlineUrl}
            onChange={(e) => setM({ ...m, onlineUrl: e.target.value })}
          />
        </Field>
        <Field id="sg-m-agenda" label={t('admin.agenda')}>
          <Textarea
            id="sg-m-agenda"
            rows={4}
            value={m.agenda}
            onChange={(e) => setM({ ...m, agenda: e.target.value })}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={plan.isPending} disabled={plan.isPending}>
          {t('admin.planButton')}
        </Button>
        {plan.isError && <ErrorMessage error={plan.error} />}
      </form>
    </section>
  );
}

function MeetingAdmin({ meeting: m }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('support-group');
  const saveNotes = useSaveNotes();
  const addAction = useAddAction();
  const done = useActionDone();
  const [notes, setNotes] = useState(m.notes);
  const [action, setAction] = useState({ description: '', ownerName: '', dueOn: '' });
  const id = `sg-am-${m.id}`;
  return (
    <article aria-labelledby={id}>
      <Heading level={3} id={id}>
        {m.title}
      </Heading>
      <Paragraph>
        {formatDateTime(m.startsAt, i18n.language)}
        {m.place ? ` · ${m.place}` : ''}
        {m.onlineUrl ? ` · ${m.onlineUrl}` : ''}
      </Paragraph>
      <Paragraph>
        {t('admin.answers', m.answers)}
        {m.attendees.length > 0 && ` (${m.attendees.map((a) => `${a.name}: ${t(`answers.${a.answer}`)}`).join(', ')})`}
      </Paragraph>
      <form
        className="sp-form"
        aria-label={t('admin.notesFor', { title: m.title })}
        onSubmit={(e) => {
          e.preventDefault();
          saveNotes.mutate({ meetingId: m.id, notes });
        }}
      >
        <Field id={`${id}-notes`} label={t('meetings.notes')}>
          <Textarea id={`${id}-notes`} rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={saveNotes.isPending}>
          {t('admin.saveNotes')}
        </Button>
      </form>
      <Heading level={4}>{t('admin.actions')}</Heading>
      {m.actions.map((a) => (
        <FormField key={a.id} type="checkbox">
          <Checkbox
            id={`${id}-a-${a.id}`}
            checked={a.done}
            onChange={(e) => done.mutate({ actionId: a.id, done: e.target.checked })}
          />
          <FormLabel htmlFor={`${id}-a-${a.id}`} type="checkbox">
            {t('meetings.action', { description: a.description, owner: a.ownerName, due: a.dueOn })}
          </FormLabel>
        </FormField>
      ))}
      <form
        className="sp-form"
        aria-label={t('admin.actionFor', { title: m.title })}
        onSubmit={(e) => {
          e.preventDefault();
          addAction.mutate(
            { meetingId: m.id, ...action },
            { onSuccess: () => setAction({ description: '', ownerName: '', dueOn: '' }) },
          );
        }}
      >
        <Field id={`${id}-desc`} label={t('admin.actionDescription')}>
          <Textbox
            id={`${id}-desc`}
            value={action.description}
            onChange={(e) => setAction({ ...action, description: e.target.value })}
          />
        </Field>
        <Field id={`${id}-owner`} label={t('admin.actionOwner')}>
          <Textbox
            id={`${id}-owner`}
            value={action.ownerName}
            onChange={(e) => setAction({ ...action, ownerName: e.target.value })}
          />
        </Field>
        <Field id={`${id}-due`} label={t('admin.actionDue')}>
          <Textbox
            id={`${id}-due`}
            type="date"
            value={action.dueOn}
            onChange={(e) => setAction({ ...action, dueOn: e.target.value })}
          />
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={addAction.isPending}>
          {t('admin.addAction')}
        </Button>
        {addAction.isError && <ErrorMessage error={addAction.error} />}
      </form>
    </article>
  );
}
