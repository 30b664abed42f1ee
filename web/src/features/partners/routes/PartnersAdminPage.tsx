import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { parseEuros } from '../../../lib/euros.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useApplications,
  useDecideApplication,
  useDecidePartner,
  usePartners,
  type SupportApplication,
} from '../api/partners.ts';
import { ApplicationSummary } from '../components/ApplicationSummary.tsx';
import { QuotaForm, QuotaList } from '../components/Appreciation.tsx';
import { PactForm, PactList } from '../components/Pacts.tsx';
import { RoundForm } from '../components/RoundForm.tsx';
import { TextField } from '../components/TextField.tsx';
import '../partners.css';

/** /beheer/partners: sign-ups to approve, rounds with their criteria, and applications to score and decide. */
export default function PartnersAdminPage() {
  const { t } = useTranslation('partners');
  usePageTitle(t('admin.title'));
  const partners = usePartners();
  const applications = useApplications();
  const decidePartner = useDecidePartner();
  const pending = (partners.data?.items ?? []).filter((p) => p.status === 'pending');
  const approved = (partners.data?.items ?? []).filter((p) => p.status === 'approved');
  const open = (applications.data?.items ?? []).filter((a) => a.status === 'submitted');
  const decided = (applications.data?.items ?? []).filter((a) => a.status !== 'submitted');

  return (
    <div className="sp-partners">
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph>
        <RouterLink to="/beheer/actiebudget">{t('admin.toLedger')}</RouterLink>
      </Paragraph>

      <section aria-labelledby="signups-heading">
        <Heading level={2} id="signups-heading">
          {t('admin.signUps')}
        </Heading>
        {partners.isPending && <Loading />}
        {partners.isError && <ErrorMessage error={partners.error} />}
        {partners.data && pending.length === 0 && <Paragraph>{t('admin.noSignUps')}</Paragraph>}
        {pending.map((p) => (
          <div key={p.id} className="sp-partners__card">
            <Heading level={3}>{p.name}</Heading>
            <Paragraph>
              {t(`kinds.${p.kind}`)}, {p.wijk.name}. {p.email}
            </Paragraph>
            {p.description && <Paragraph>{p.description}</Paragraph>}
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                disabled={decidePartner.isPending}
                onClick={() => decidePartner.mutate({ partnerId: p.id, approve: true })}
              >
                {t('admin.approvePartner', { name: p.name })}
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={decidePartner.isPending}
                onClick={() => decidePartner.mutate({ partnerId: p.id, approve: false })}
              >
                {t('admin.rejectPartner', { name: p.name })}
              </Button>
            </ButtonGroup>
          </div>
        ))}
        {decidePartner.isError && <ErrorMessage error={decidePartner.error} />}
        {approved.length > 0 && (
          <Paragraph>{t('admin.approvedPartners', { names: approved.map((p) => p.name).join(', ') })}</Paragraph>
        )}
      </section>

      <section aria-labelledby="applications-heading">
        <Heading level={2} id="applications-heading">
          {t('admin.applications')}
        </Heading>
        {applications.isError && <ErrorMessage error={applications.error} />}
        {applications.data && open.length === 0 && <Paragraph>{t('admin.noApplications')}</Paragraph>}
        {open.map((a) => (
          <article key={a.id} className="sp-partners__card" aria-labelledby={`review-${a.id}`}>
            <Heading level={3} id={`review-${a.id}`}>
              {a.title} — {a.partner.name}
            </Heading>
            <Paragraph>{a.description}</Paragraph>
            <Paragraph>
              {[a.priority.wijk && t('admin.priorityWijk'), a.priority.targetGroup && t('admin.priorityTargetGroup')]
                .filter(Boolean)
                .join(' ') || t('admin.noPriority')}
            </Paragraph>
            <ApplicationSummary application={a} />
            <DecisionForm application={a} />
          </article>
        ))}
      </section>

      <section aria-labelledby="decided-heading">
        <Heading level={2} id="decided-heading">
          {t('admin.decided')}
        </Heading>
        {decided.map((a) => (
          <article key={a.id} className="sp-partners__card" aria-labelledby={`decided-${a.id}`}>
            <Heading level={3} id={`decided-${a.id}`}>
              {a.title} — {a.partner.name}
            </Heading>
            <ApplicationSummary application={a} />
            {a.evaluation && <Paragraph>{a.evaluation}</Paragraph>}
          </article>
        ))}
      </section>

      <section aria-labelledby="pacts-heading">
        <Heading level={2} id="pacts-heading">
          {t('pact.title')}
        </Heading>
        <PactList manage />
        <Heading level={3}>{t('pact.create')}</Heading>
        <PactForm partners={approved} />
      </section>

      <section aria-labelledby="appreciation-heading">
        <Heading level={2} id="appreciation-heading">
          {t('appreciation.title')}
        </Heading>
        <QuotaList partnerView={false} />
        <Heading level={3}>{t('appreciation.give')}</Heading>
        <QuotaForm partners={approved} />
      </section>

      <section aria-labelledby="round-heading">
        <Heading level={2} id="round-heading">
          {t('admin.newRound')}
        </Heading>
        <RoundForm />
      </section>
    </div>
  );
}

const SCORES = ['reach', 'targetGroup', 'quality', 'costs'] as const;

function DecisionForm({ application }: { application: SupportApplication }) {
  const { t } = useTranslation('partners');
  const decide = useDecideApplication(application.id);
  const [scores, setScores] = useState({ reach: '3', targetGroup: '3', quality: '3', costs: '3' });
  const [reason, setReason] = useState('');
  const [granted, setGranted] = useState('');
  const send = (approve: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const parsed = parseEuros(granted);
    decide.mutate({
      approve,
      scores: {
        reach: Number(scores.reach),
        targetGroup: Number(scores.targetGroup),
        quality: Number(scores.quality),
        costs: Number(scores.costs),
      },
      reason: reason.trim(),
      ...(approve && parsed.ok ? { grantedCents: parsed.cents } : {}),
    });
  };
  const id = (name: string) => `decide-${name}-${application.id}`;
  return (
    <form
      onSubmit={send(true)}
      className="sp-form"
      noValidate
      aria-label={t('decision.title', { title: application.title })}
    >
      <fieldset className="sp-partners__scores">
        <legend>{t('decision.scores')}</legend>
        {SCORES.map((s) => (
          <Field key={s} id={id(s)} label={t(`decision.score.${s}`)}>
            <Select id={id(s)} value={scores[s]} onChange={(e) => setScores((x) => ({ ...x, [s]: e.target.value }))}>
              {[1, 2, 3, 4, 5].map((n) => (
                <SelectOption key={n} value={String(n)}>
                  {n}
                </SelectOption>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <TextField
        id={id('reason')}
        label={t('decision.reason')}
        value={reason}
        onChange={setReason}
        multiline
        required
      />
      <TextField
        id={id('granted')}
        label={t('decision.granted')}
        hint={t('decision.grantedHint')}
        inputMode="decimal"
        value={granted}
        onChange={setGranted}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={decide.isPending} disabled={decide.isPending}>
          {t('decision.approve')}
        </Button>
        <Button appearance="secondary-action-button" disabled={decide.isPending} onClick={() => send(false)()}>
          {t('decision.reject')}
        </Button>
      </ButtonGroup>
      {decide.isError && <ErrorMessage error={decide.error} />}
    </form>
  );
}
