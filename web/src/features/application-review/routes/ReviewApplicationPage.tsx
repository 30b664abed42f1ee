import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  evidenceUrl,
  useApplication,
  useAskInformation,
  useAssign,
  useDecide,
  useReviewers,
  type ReviewApplication,
} from '../api/review.ts';

/** One application for the reviewer: household, evidence, history; assign, ask, approve or reject. */
export default function ReviewApplicationPage() {
  const { t } = useTranslation('application-review');
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  usePageTitle(application.data ? t('detail.title', { name: application.data.applicant.name }) : t('queue.title'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer/aanvragen">{t('detail.back')}</RouterLink>
      </Paragraph>
      {application.isPending && <Loading />}
      {application.isError && <ErrorMessage error={application.error} />}
      {application.data && <Review application={application.data} />}
    </>
  );
}

function Review({ application }: { application: ReviewApplication }) {
  const { t, i18n } = useTranslation('application-review');
  const open = application.status === 'submitted' || application.status === 'information_requested';
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <>
      <Heading level={1}>{t('detail.title', { name: application.applicant.name })}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>{t('queue.status')}</DataListKey>
          <DataListValue>{t(`status.${application.status}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('queue.ground')}</DataListKey>
          <DataListValue>{t(`ground.${application.ground}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('detail.applicant')}</DataListKey>
          <DataListValue>
            {application.applicant.name}, {application.applicant.email}
            {application.applicant.birthDate ? `, ${date(application.applicant.birthDate)}` : ''}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('detail.household')}</DataListKey>
          <DataListValue>
            {application.household.length === 0
              ? t('detail.alone')
              : application.household
                  .map((m) => `${m.name} (${t(`relation.${m.relation}`)}, ${date(m.birthDate)})`)
                  .join('; ')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('detail.price')}</DataListKey>
          <DataListValue>
            {application.scheme ? `${application.scheme.title}: ` : ''}
            {application.passPriceCents === 0
              ? t('detail.free')
              : formatMoney(application.passPriceCents, i18n.language)}
          </DataListValue>
        </DataListItem>
        {application.payment && (
          <DataListItem>
            <DataListKey>{t('detail.payment')}</DataListKey>
            <DataListValue>
              {formatMoney(application.payment.amountCents, i18n.language)},{' '}
              {t(
                application.payment.status === 'paid' || application.payment.status === 'open'
                  ? `payment.${application.payment.status}`
                  : 'payment.other',
              )}
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('detail.explanation')}</DataListKey>
          <DataListValue>{application.explanation || '—'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('queue.assigned')}</DataListKey>
          <DataListValue>{application.assignedTo?.name ?? t('queue.nobody')}</DataListValue>
        </DataListItem>
      </DataList>
      {application.decision && (
        <Alert type={application.decision.outcome === 'approved' ? 'ok' : 'warning'}>
          <Paragraph>
            {t(`detail.decided.${application.decision.outcome}`, {
              name: application.decision.decidedBy,
              date: formatDateTime(application.decision.decidedAt, i18n.language),
            })}
          </Paragraph>
          {application.decision.reason && <Paragraph>{application.decision.reason}</Paragraph>}
        </Alert>
      )}
      <Heading level={2}>{t('detail.evidence')}</Heading>
      {application.evidence.length === 0 ? (
        <Paragraph>{t('detail.noEvidence')}</Paragraph>
      ) : (
        <OrderedList>
          {application.evidence.map((e) => (
            <OrderedListItem key={e.id}>
              {e.deletedAt ? (
                t('detail.evidenceDeleted', { name: e.fileName, date: formatDateTime(e.deletedAt, i18n.language) })
              ) : (
                <Link href={evidenceUrl(application.id, e.id)} download={e.fileName}>
                  {e.fileName} ({Math.max(1, Math.round(e.sizeBytes / 1024))} kB)
                </Link>
              )}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
      <Heading level={2}>{t('detail.history')}</Heading>
      <OrderedList>
        {application.events.map((event, i) => (
          <OrderedListItem key={i}>
            {formatDateTime(event.createdAt, i18n.language)}: {t(`event.${event.kind}`, { name: event.actorName })}
            {event.message && event.kind !== 'evidence_deleted' ? ` “${event.message}”` : ''}
          </OrderedListItem>
        ))}
      </OrderedList>
      {open && (
        <>
          <Assign application={application} />
          <Ask applicationId={application.id} />
          <Decide applicationId={application.id} passPriceCents={application.passPriceCents} />
        </>
      )}
    </>
  );
}

function Assign({ application }: { application: ReviewApplication }) {
  const { t } = useTranslation('application-review');
  const reviewers = useReviewers();
  const assign = useAssign(application.id);
  const [reviewerId, setReviewerId] = useState(application.assignedTo?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate(reviewerId || null);
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="assign-heading">
      <Heading level={2} id="assign-heading">
        {t('detail.assignTitle')}
      </Heading>
      <Field id="assign-reviewer" label={t('detail.reviewer')}>
        <Select id="assign-reviewer" value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
          <SelectOption value="">{t('queue.nobody')}</SelectOption>
          {(reviewers.data?.items ?? []).map((r) => (
            <SelectOption key={r.id} value={r.id}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={assign.isPending} disabled={assign.isPending}>
        {t('detail.assign')}
      </Button>
      {assign.isError && <ErrorMessage error={assign.error} />}
    </form>
  );
}

function Ask({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('application-review');
  const ask = useAskInformation(applicationId);
  const [message, setMessage] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(message.trim(), { onSuccess: () => setMessage('') });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="ask-heading">
      <Heading level={2} id="ask-heading">
        {t('detail.askTitle')}
      </Heading>
      <Field id="ask-message" label={t('detail.question')} hint={t('detail.questionHint')}>
        <Textarea
          id="ask-message"
          required
          maxLength={2000}
          aria-describedby="ask-message-hint"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={ask.isPending} disabled={ask.isPending}>
        {t('detail.ask')}
      </Button>
      {ask.isError && <ErrorMessage error={ask.error} />}
    </form>
  );
}

function Decide({ applicationId, passPriceCents }: { applicationId: string; passPriceCents: number }) {
  const { t, i18n } = useTranslation('application-review');
  const decide = useDecide(applicationId);
  const [reason, setReason] = useState('');
  const [objectionInfo, setObjectionInfo] = useState(t('detail.objectionDefault'));
  const reject = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate({ outcome: 'rejected', reason: reason.trim(), objectionInfo: objectionInfo.trim() });
  };
  return (
    <section aria-labelledby="decide-heading">
      <Heading level={2} id="decide-heading">
        {t('detail.decideTitle')}
      </Heading>
      <Paragraph>
        {passPriceCents === 0
          ? t('detail.approveHint')
          : t('detail.approveReducedHint', { price: formatMoney(passPriceCents, i18n.language) })}
      </Paragraph>
      <Button
        appearance="primary-action-button"
        busy={decide.isPending}
        disabled={decide.isPending}
        onClick={() => decide.mutate({ outcome: 'approved' })}
      >
        {t('detail.approve')}
      </Button>
      <form onSubmit={reject} className="sp-form" aria-labelledby="reject-heading">
        <Heading level={3} id="reject-heading">
          {t('detail.rejectTitle')}
        </Heading>
        <Field id="reject-reason" label={t('detail.reason')}>
          <Textarea
            id="reject-reason"
            required
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <Field id="reject-objection" label={t('detail.objection')}>
          <Textarea
            id="reject-objection"
            required
            maxLength={2000}
            value={objectionInfo}
            onChange={(e) => setObjectionInfo(e.target.value)}
          />
        </Field>
        <Button type="submit" appearance="secondary-action-button" disabled={decide.isPending}>
          {t('detail.reject')}
        </Button>
      </form>
      {decide.isError && <ErrorMessage error={decide.error} />}
    </section>
  );
}
