import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { parseEuros } from '../../../lib/euros.ts';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useApply,
  useCurrentPartner,
  useReport,
  useSupportRounds,
  type SupportApplication,
  type SupportRound,
} from '../api/partners.ts';
import { ApplicationSummary } from '../components/ApplicationSummary.tsx';
import { QuotaList } from '../components/Appreciation.tsx';
import { PactList } from '../components/Pacts.tsx';
import { TextField } from '../components/TextField.tsx';
import '../partners.css';

const cents = (text: string) => {
  const parsed = parseEuros(text);
  return parsed.ok ? parsed.cents : 0;
};

/** /partner: the partner's own page: the criteria, applying for support, and reporting afterwards. */
export default function PartnerPortalPage() {
  const { t } = useTranslation('partners');
  usePageTitle(t('portal.title'));
  const current = useCurrentPartner();
  const rounds = useSupportRounds();

  if (current.isPending) return <Loading />;
  if (current.isError) return <ErrorMessage error={current.error} />;
  const { partner, applications } = current.data;
  const open = (rounds.data?.items ?? []).filter((r) => r.open);

  return (
    <div className="sp-partners">
      <Heading level={1}>{t('portal.title')}</Heading>
      <Paragraph appearance="lead">{partner.name}</Paragraph>
      {partner.status !== 'approved' ? (
        <Alert type="info">
          <Paragraph>{t(`portal.partnerStatus.${partner.status}`)}</Paragraph>
        </Alert>
      ) : (
        <>
          <section aria-labelledby="rounds-heading">
            <Heading level={2} id="rounds-heading">
              {t('portal.rounds')}
            </Heading>
            <Paragraph>
              {t('signUp.budgets')}{' '}
              <RouterLink to="/regelingen?doelgroep=initiatieven">{t('signUp.budgetsLink')}</RouterLink>
            </Paragraph>
            {open.length === 0 ? (
              <Paragraph>{t('portal.noRounds')}</Paragraph>
            ) : (
              open.map((r) => <Round key={r.id} round={r} />)
            )}
          </section>
          {open.length > 0 && (
            <section aria-labelledby="apply-heading">
              <Heading level={2} id="apply-heading">
                {t('portal.apply')}
              </Heading>
              <ApplyForm rounds={open} />
            </section>
          )}
        </>
      )}
      {partner.status === 'approved' && (
        <section aria-labelledby="pacts-heading">
          <Heading level={2} id="pacts-heading">
            {t('pact.title')}
          </Heading>
          <PactList manage={false} />
        </section>
      )}
      {partner.status === 'approved' && (
        <section aria-labelledby="appreciation-heading">
          <Heading level={2} id="appreciation-heading">
            {t('appreciation.title')}
          </Heading>
          <QuotaList partnerView />
        </section>
      )}
      <section aria-labelledby="applications-heading">
        <Heading level={2} id="applications-heading">
          {t('portal.applications')}
        </Heading>
        {applications.length === 0 && <Paragraph>{t('portal.noApplications')}</Paragraph>}
        {applications.map((a) => (
          <article key={a.id} className="sp-partners__card" aria-labelledby={`app-${a.id}`}>
            <Heading level={3} id={`app-${a.id}`}>
              {a.title}
            </Heading>
            <ApplicationSummary application={a} />
            {a.status === 'approved' && <ReportForm application={a} />}
          </article>
        ))}
      </section>
    </div>
  );
}

function Round({ round }: { round: SupportRound }) {
  const { t, i18n } = useTranslation('partners');
  return (
    <div className="sp-partners__card">
      <Heading level={3}>{round.name}</Heading>
      <dl className="sp-partners__facts">
        <dt>{t('round.eligibleCosts')}</dt>
        <dd>{round.eligibleCosts}</dd>
        <dt>{t('round.maxima')}</dt>
        <dd>
          {t('round.maximaText', {
            total: formatMoney(round.maxAmountCents, i18n.language),
            perParticipant: formatMoney(round.maxPerParticipantCents, i18n.language),
          })}
        </dd>
        {round.priorityWijken.length > 0 && (
          <>
            <dt>{t('round.priorityWijken')}</dt>
            <dd>{round.priorityWijken.map((w) => w.name).join(', ')}</dd>
          </>
        )}
        {round.priorityTargetGroups.length > 0 && (
          <>
            <dt>{t('round.priorityTargetGroups')}</dt>
            <dd>{round.priorityTargetGroups.join(', ')}</dd>
          </>
        )}
        <dt>{t('round.deadline')}</dt>
        <dd>{round.deadline ? formatDate(round.deadline, i18n.language) : t('round.noDeadline')}</dd>
      </dl>
    </div>
  );
}

function ApplyForm({ rounds }: { rounds: SupportRound[] }) {
  const { t } = useTranslation('partners');
  const wijken = useWijken();
  const apply = useApply();
  const [f, setF] = useState({
    roundId: rounds[0]!.id,
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    wijkCode: '',
    targetGroup: '',
    expectedReach: '',
    budget: '',
    supportKind: 'per_participant' as 'per_participant' | 'lump_sum',
    price: '',
    asked: '',
  });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate(
      {
        roundId: f.roundId,
        title: f.title.trim(),
        description: f.description.trim(),
        startsOn: f.startsOn,
        endsOn: f.endsOn,
        wijkCode: f.wijkCode,
        targetGroup: f.targetGroup.trim(),
        expectedReach: Number(f.expectedReach) || 0,
        budgetCents: cents(f.budget),
        supportKind: f.supportKind,
        ...(f.supportKind === 'per_participant' ? { pricePerParticipantCents: cents(f.price) } : {}),
        askedCents: cents(f.asked),
      },
      { onSuccess: () => setF((x) => ({ ...x, title: '', description: '', asked: '', budget: '', price: '' })) },
    );
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="apply-round" label={t('apply.round')}>
        <Select id="apply-round" value={f.roundId} onChange={(e) => set('roundId')(e.target.value)}>
          {rounds.map((r) => (
            <SelectOption key={r.id} value={r.id}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField id="apply-title" label={t('apply.title')} value={f.title} onChange={set('title')} required />
      <TextField
        id="apply-description"
        label={t('apply.description')}
        value={f.description}
        onChange={set('description')}
        multiline
        required
      />
      <TextField
        id="apply-starts"
        label={t('apply.startsOn')}
        type="date"
        value={f.startsOn}
        onChange={set('startsOn')}
        required
      />
      <TextField
        id="apply-ends"
        label={t('apply.endsOn')}
        type="date"
        value={f.endsOn}
        onChange={set('endsOn')}
        required
      />
      <Field id="apply-wijk" label={t('apply.wijk')}>
        <Select id="apply-wijk" value={f.wijkCode} onChange={(e) => set('wijkCode')(e.target.value)}>
          <SelectOption value="">{t('signUp.chooseWijk')}</SelectOption>
          {(wijken.data?.items ?? []).map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField
        id="apply-target"
        label={t('apply.targetGroup')}
        value={f.targetGroup}
        onChange={set('targetGroup')}
        required
      />
      <TextField
        id="apply-reach"
        label={t('apply.expectedReach')}
        inputMode="numeric"
        value={f.expectedReach}
        onChange={set('expectedReach')}
        required
      />
      <TextField
        id="apply-budget"
        label={t('apply.budget')}
        inputMode="decimal"
        value={f.budget}
        onChange={set('budget')}
        required
      />
      <Field id="apply-kind" label={t('apply.supportKind')}>
        <Select id="apply-kind" value={f.supportKind} onChange={(e) => set('supportKind')(e.target.value)}>
          <SelectOption value="per_participant">{t('apply.perParticipant')}</SelectOption>
          <SelectOption value="lump_sum">{t('apply.lumpSum')}</SelectOption>
        </Select>
      </Field>
      {f.supportKind === 'per_participant' && (
        <TextField
          id="apply-price"
          label={t('apply.price')}
          hint={t('apply.priceHint')}
          inputMode="decimal"
          value={f.price}
          onChange={set('price')}
          required
        />
      )}
      <TextField
        id="apply-asked"
        label={f.supportKind === 'per_participant' ? t('apply.askedPerParticipant') : t('apply.askedLumpSum')}
        inputMode="decimal"
        value={f.asked}
        onChange={set('asked')}
        required
      />
      <Button type="submit" appearance="primary-action-button" busy={apply.isPending} disabled={apply.isPending}>
        {t('apply.submit')}
      </Button>
      <div role="status" aria-live="polite">
        {apply.isSuccess && t('apply.done')}
      </div>
      {apply.isError && <ErrorMessage error={apply.error} />}
    </form>
  );
}

function ReportForm({ application }: { application: SupportApplication }) {
  const { t } = useTranslation('partners');
  const report = useReport(application.id);
  const [participants, setParticipants] = useState('');
  const [evaluation, setEvaluation] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate({ participants: Number(participants) || 0, evaluation: evaluation.trim() });
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate aria-label={t('report.title', { title: application.title })}>
      <Heading level={4}>{t('report.heading')}</Heading>
      <Paragraph>{t('report.intro')}</Paragraph>
      <TextField
        id={`report-participants-${application.id}`}
        label={t('report.participants')}
        inputMode="numeric"
        value={participants}
        onChange={setParticipants}
        required
      />
      <TextField
        id={`report-evaluation-${application.id}`}
        label={t('report.evaluation')}
        value={evaluation}
        onChange={setEvaluation}
        multiline
        required
      />
      <Button type="submit" appearance="secondary-action-button" busy={report.isPending} disabled={report.isPending}>
        {t('report.submit')}
      </Button>
      {report.isError && <ErrorMessage error={report.error} />}
    </form>
  );
}
