import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCampaigns, useGamePlan, useMeetings, useMembership, usePassOn, useRsvp } from '../api/support-group.ts';
import '../support-group.css';

const ANSWERS = ['yes', 'maybe', 'no'] as const;

/** A member's page: pass on a lead or tip, answer invitations, read the game plan and the campaigns. */
export default function MemberPage() {
  const { t, i18n } = useTranslation('support-group');
  usePageTitle(t('member.title'));
  const me = useMembership();
  const meetings = useMeetings();
  const gamePlan = useGamePlan();
  const campaigns = useCampaigns();
  const wijken = useWijken();
  const passOn = usePassOn();
  const rsvp = useRsvp();
  const [tip, setTip] = useState({ name: '', contactName: '', wijkCode: '', notes: '' });
  const errors: Record<string, string> = {};
  if (passOn.error instanceof ApiError)
    for (const p of passOn.error.invalidParams) errors[p.name.replace(/^body\./, '')] ??= p.reason;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    passOn.mutate(
      { name: tip.name, contactName: tip.contactName, notes: tip.notes, wijkCode: tip.wijkCode || null },
      { onSuccess: () => setTip({ name: '', contactName: '', wijkCode: '', notes: '' }) },
    );
  };

  return (
    <>
      <Heading level={1}>{t('member.title')}</Heading>
      {me.data && (
        <Paragraph>{t('member.intro', { name: me.data.member.name, goal: me.data.member.policyGoal.name })}</Paragraph>
      )}
      {me.isError && <ErrorMessage error={me.error} />}
      <section aria-labelledby="sg-tip">
        <Heading level={2} id="sg-tip">
          {t('tip.title')}
        </Heading>
        <Paragraph>{t('tip.intro')}</Paragraph>
        <form onSubmit={submit} className="sp-form" aria-labelledby="sg-tip" noValidate>
          <Field id="sg-tip-name" label={t('tip.name')} error={errors.name}>
            <Textbox
              id="sg-tip-name"
              required
              invalid={!!errors.name}
              value={tip.name}
              onChange={(e) => setTip({ ...tip, name: e.target.value })}
            />
          </Field>
          <Field id="sg-tip-contact" label={t('tip.contactName')}>
            <Textbox
              id="sg-tip-contact"
              value={tip.contactName}
              onChange={(e) => setTip({ ...tip, contactName: e.target.value })}
            />
          </Field>
          <Field id="sg-tip-wijk" label={t('tip.wijk')} error={errors.wijkCode}>
            <Select
              id="sg-tip-wijk"
              value={tip.wijkCode}
              onChange={(e) => setTip({ ...tip, wijkCode: e.target.value })}
            >
              <SelectOption value="">{t('tip.noWijk')}</SelectOption>
              {wijken.data?.items.map((w) => (
                <SelectOption key={w.code} value={w.code}>
                  {w.name}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field id="sg-tip-notes" label={t('tip.notes')}>
            <Textarea
              id="sg-tip-notes"
              rows={3}
              value={tip.notes}
              onChange={(e) => setTip({ ...tip, notes: e.target.value })}
            />
          </Field>
          <Button type="submit" appearance="primary-action-button" busy={passOn.isPending} disabled={passOn.isPending}>
            {t('tip.submit')}
          </Button>
          {passOn.isError && Object.keys(errors).length === 0 && <ErrorMessage error={passOn.error} />}
        </form>
        {passOn.isSuccess && (
          <Alert type="ok" role="status">
            <Paragraph>{t('tip.done')}</Paragraph>
          </Alert>
        )}
        {me.data && <Paragraph>{t('tip.count', { count: me.data.leads.length })}</Paragraph>}
      </section>
      <section aria-labelledby="sg-meetings">
        <Heading level={2} id="sg-meetings">
          {t('meetings.title')}
        </Heading>
        {meetings.isPending ? (
          <Loading />
        ) : meetings.isError ? (
          <ErrorMessage error={meetings.error} />
        ) : meetings.data.items.length === 0 ? (
          <Paragraph>{t('meetings.none')}</Paragraph>
        ) : (
          meetings.data.items.map((m) => (
            <article key={m.id} aria-labelledby={`sg-m-${m.id}`}>
              <Heading level={3} id={`sg-m-${m.id}`}>
                {m.title}
              </Heading>
              <Paragraph>
                {formatDateTime(m.startsAt, i18n.language)}
                {m.place ? ` · ${m.place}` : ''}
                {m.onlineUrl && (
                  <>
                    {' · '}
                    <a href={m.onlineUrl}>{t('meetings.online')}</a>
                  </>
                )}
              </Paragraph>
              {m.agenda && <Paragraph className="sp-pre-line">{m.agenda}</Paragraph>}
              <div role="group" aria-label={t('meetings.answer', { title: m.title })}>
                {ANSWERS.map((answer) => (
                  <Button
                    key={answer}
                    appearance={m.myAnswer === answer ? 'primary-action-button' : 'secondary-action-button'}
                    aria-pressed={m.myAnswer === answer}
                    onClick={() => rsvp.mutate({ meetingId: m.id, answer })}
                  >
                    {t(`answers.${answer}`)}
                  </Button>
                ))}
              </div>
              {m.notes && (
                <>
                  <Heading level={4}>{t('meetings.notes')}</Heading>
                  <Paragraph className="sp-pre-line">{m.notes}</Paragraph>
                </>
              )}
              {m.actions.length > 0 && (
                <UnorderedList>
                  {m.actions.map((a) => (
                    <UnorderedListItem key={a.id}>
                      {t('meetings.action', { description: a.description, owner: a.ownerName, due: a.dueOn })}
                      {a.done ? ` (${t('meetings.done')})` : ''}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="sg-gameplan">
        <Heading level={2} id="sg-gameplan">
          {t('gamePlan.title')}
        </Heading>
        {gamePlan.data && (
          <UnorderedList>
            {gamePlan.data.items.map((a) => (
              <UnorderedListItem key={a.id}>
                {a.title} · {a.ownerName} · {t(`gamePlan.status.${a.status}`, { defaultValue: a.status })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="sg-campaigns">
        <Heading level={2} id="sg-campaigns">
          {t('campaigns.title')}
        </Heading>
        {campaigns.data && campaigns.data.items.length === 0 && <Paragraph>{t('campaigns.none')}</Paragraph>}
        {campaigns.data && (
          <UnorderedList>
            {campaigns.data.items.map((c) => (
              <UnorderedListItem key={c.id}>
                {c.name} · {c.startsOn} – {c.endsOn}
                {c.route ? ` · ${c.route.name}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}
