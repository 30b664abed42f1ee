import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useAddEvidence,
  useAnswer,
  useMyApplications,
  usePayReducedPass,
  useWithdraw,
  type Application,
} from '../api/applications.ts';
import { ApplicationHistory } from '../components/ApplicationHistory.tsx';
import { EvidencePicker, tooBig } from '../components/EvidencePicker.tsx';

/** "Mijn aanvraag": the status of the resident's application, questions to answer, evidence to add. */
export default function MyApplicationPage() {
  const { t } = useTranslation('applications');
  usePageTitle(t('mine.title'));
  const mine = useMyApplications();
  const current = mine.data?.items[0];
  return (
    <>
      <Heading level={1}>{t('mine.title')}</Heading>
      {mine.isPending && <Loading />}
      {mine.isError && <ErrorMessage error={mine.error} />}
      {mine.data && !current && (
        <Paragraph>
          {t('mine.none')} <RouterLink to="/gratis-pas/aanvragen">{t('mine.applyLink')}</RouterLink>
        </Paragraph>
      )}
      {current && <ApplicationView application={current} />}
    </>
  );
}

function ApplicationView({ application }: { application: Application }) {
  const { t, i18n } = useTranslation('applications');
  const open = application.status === 'submitted' || application.status === 'information_requested';
  const question = [...application.events].reverse().find((e) => e.kind === 'information_requested');
  return (
    <>
      <Alert
        type={application.status === 'rejected' ? 'warning' : application.status === 'approved' ? 'ok' : 'info'}
        role="status"
      >
        <Heading level={2}>{t(`status.${application.status}`)}</Heading>
        <Paragraph>{t(`statusText.${application.status}`)}</Paragraph>
        {application.status === 'approved' && (!application.payment || application.payment.status === 'paid') && (
          <Paragraph>
            <RouterLink to="/mijn-pas">{t('mine.toMyPass')}</RouterLink>
          </Paragraph>
        )}
        {application.decision && application.status === 'rejected' && (
          <>
            <Paragraph>
              <strong>{t('mine.reason')}</strong> {application.decision.reason}
            </Paragraph>
            <Paragraph>
              <strong>{t('mine.objection')}</strong> {application.decision.objectionInfo}
            </Paragraph>
          </>
        )}
      </Alert>
      {application.status === 'approved' && application.payment && application.payment.status !== 'paid' && (
        <PayReducedPass orderId={application.payment.orderId} amountCents={application.payment.amountCents} />
      )}
      {application.status === 'information_requested' && question && (
        <AnswerForm applicationId={application.id} question={question.message} />
      )}
      <DataList>
        <DataListItem>
          <DataListKey>{t('mine.ground')}</DataListKey>
          <DataListValue>{t(`ground.${application.ground}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mine.price')}</DataListKey>
          <DataListValue>
            {application.scheme ? `${application.scheme.title}: ` : ''}
            {application.passPriceCents === 0
              ? t('price.free')
              : t('price.perPass', { price: formatMoney(application.passPriceCents, i18n.language) })}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mine.submittedAt')}</DataListKey>
          <DataListValue>{formatDateTime(application.submittedAt, i18n.language)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('mine.household')}</DataListKey>
          <DataListValue>
            {[
              application.applicant.name,
              ...application.household.map(
                (m) => `${m.name} (${t(`relation.${m.relation}`)}, ${formatDate(m.birthDate, i18n.language)})`,
              ),
            ].join('; ')}
          </DataListValue>
        </DataListItem>
      </DataList>
      <ApplicationHistory application={application} />
      {open && <AddEvidence applicationId={application.id} />}
      {open && <Withdraw applicationId={application.id} />}
    </>
  );
}

function PayReducedPass({ orderId, amountCents }: { orderId: string; amountCents: number }) {
  const { t, i18n } = useTranslation('applications');
  const pay = usePayReducedPass();
  return (
    <section aria-labelledby="pay-heading">
      <Heading level={2} id="pay-heading">
        {t('mine.payTitle')}
      </Heading>
      <Paragraph>{t('mine.payText', { amount: formatMoney(amountCents, i18n.language) })}</Paragraph>
      <Button
        appearance="primary-action-button"
        busy={pay.isPending}
        disabled={pay.isPending}
        onClick={() => pay.mutate(orderId)}
      >
        {t('mine.pay')}
      </Button>
      {pay.isError && <ErrorMessage error={pay.error} />}
    </section>
  );
}

function AnswerForm({ applicationId, question }: { applicationId: string; question: string }) {
  const { t } = useTranslation('applications');
  const [message, setMessage] = useState('');
  const answer = useAnswer(applicationId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate(message.trim(), { onSuccess: () => setMessage('') });
  };
  return (
    <section aria-labelledby="question-heading">
      <Heading level={2} id="question-heading">
        {t('mine.questionTitle')}
      </Heading>
      <Paragraph>{question}</Paragraph>
      <form onSubmit={submit} className="sp-form">
        <Field id="answer" label={t('mine.answer')} hint={t('mine.answerHint')}>
          <Textarea
            id="answer"
            required
            maxLength={2000}
            aria-describedby="answer-hint"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={answer.isPending} disabled={answer.isPending}>
          {t('mine.sendAnswer')}
        </Button>
        {answer.isError && <ErrorMessage error={answer.error} />}
      </form>
    </section>
  );
}

function AddEvidence({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('applications');
  const [files, setFiles] = useState<File[]>([]);
  const [key, setKey] = useState(0);
  const add = useAddEvidence(applicationId);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tooBig(files).length > 0) return;
    for (const file of files) await add.mutateAsync(file).catch(() => undefined);
    setFiles([]);
    setKey((k) => k + 1);
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="sp-form" aria-labelledby="add-evidence-heading">
      <Heading level={2} id="add-evidence-heading">
        {t('evidence.addTitle')}
      </Heading>
      <EvidencePicker key={key} id="add-evidence" files={files} onChange={setFiles} label={t('evidence.label')} />
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={add.isPending}
        disabled={add.isPending || files.length === 0}
      >
        {t('evidence.add')}
      </Button>
      {add.isError && <ErrorMessage error={add.error} />}
    </form>
  );
}

function Withdraw({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('applications');
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdraw(applicationId);
  return (
    <section aria-labelledby="withdraw-heading">
      <Heading level={2} id="withdraw-heading">
        {t('mine.withdrawTitle')}
      </Heading>
      {!confirming ? (
        <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('mine.withdraw')}
        </Button>
      ) : (
        <>
          <Paragraph>{t('mine.withdrawConfirm')}</Paragraph>
          <Button appearance="primary-action-button" busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
            {t('mine.withdrawYes')}
          </Button>{' '}
          <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('mine.withdrawNo')}
          </Button>
        </>
      )}
      {withdraw.isError && <ErrorMessage error={withdraw.error} />}
    </section>
  );
}
