import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading, Link, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { API_BASE } from '../../../lib/api/client.ts';
import { parseEuros } from '../../../lib/euros.ts';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useCreatePact, useEndPact, usePacts, useRenewPact, type Pact, type Partner } from '../api/partners.ts';
import { TextField } from './TextField.tsx';

/** The pacts the session may see, each with its evaluation moments and the figures filled in. */
export function PactList({ manage }: { manage: boolean }) {
  const { t } = useTranslation('partners');
  const pacts = usePacts();
  if (pacts.isPending) return <Loading />;
  if (pacts.isError) return <ErrorMessage error={pacts.error} />;
  if (pacts.data.items.length === 0) return <Paragraph>{t('pact.none')}</Paragraph>;
  return (
    <>
      {pacts.data.items.map((p) => (
        <PactCard key={p.id} pact={p} manage={manage} />
      ))}
    </>
  );
}

function PactCard({ pact: p, manage }: { pact: Pact; manage: boolean }) {
  const { t, i18n } = useTranslation('partners');
  const day = (d: string) => formatDate(d, i18n.language);
  return (
    <article className="sp-partners__card" aria-labelledby={`pact-${p.id}`}>
      <Heading level={3} id={`pact-${p.id}`}>
        {t('pact.heading', { name: p.partner.name, from: day(p.startsOn), to: day(p.endsOn) })}
      </Heading>
      <Paragraph>{t(`pact.status.${p.status}`)}</Paragraph>
      <dl className="sp-partners__facts">
        <dt>{t('pact.organisationCommitments')}</dt>
        <dd>{p.organisationCommitments}</dd>
        <dt>{t('pact.partnerCommitments')}</dt>
        <dd>
          {p.partnerCommitments} {t('pact.targets', { activities: p.activitiesPerQuarter, reach: p.expectedReach })}
        </dd>
        <dt>{t('pact.support')}</dt>
        <dd>{formatMoney(p.supportCents, i18n.language)}</dd>
      </dl>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{t('pact.evaluations', { name: p.partner.name })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('pact.moment')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('pact.activitiesHeld')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('pact.holdersReached')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('pact.supportPaid')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {p.evaluations.map((e) => (
            <tr key={e.moment} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {day(e.moment)}
              </th>
              {e.due ? (
                <>
                  <td className="utrecht-table__cell">{e.activitiesHeld}</td>
                  <td className="utrecht-table__cell">
                    {e.holdersReached?.suppressed ? t('application.fewerThan10') : e.holdersReached?.value}
                  </td>
                  <td className="utrecht-table__cell">
                    {e.supportPaidCents === null
                      ? t('application.fewerThan10')
                      : formatMoney(e.supportPaidCents, i18n.language)}
                  </td>
                </>
              ) : (
                <td className="utrecht-table__cell" colSpan={3}>
                  {t('pact.notYet')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Paragraph>
        <Link href={`${API_BASE}/pacts/${p.id}/document.pdf`}>{t('pact.pdf', { name: p.partner.name })}</Link>
      </Paragraph>
      {manage && p.status === 'active' && <PactActions pact={p} />}
    </article>
  );
}

function PactActions({ pact }: { pact: Pact }) {
  const { t } = useTranslation('partners');
  const renew = useRenewPact(pact.id);
  const end = useEndPact(pact.id);
  const [endsOn, setEndsOn] = useState('');
  const [moment, setMoment] = useState('');
  const [endedOn, setEndedOn] = useState('');
  const [reason, setReason] = useState('');
  const id = (name: string) => `pact-${name}-${pact.id}`;
  return (
    <>
      <form
        className="sp-form"
        noValidate
        aria-label={t('pact.renewFor', { name: pact.partner.name })}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          renew.mutate({ endsOn, evaluationMoments: moment ? [moment] : [] });
        }}
      >
        <TextField id={id('ends')} label={t('pact.newEnd')} type="date" value={endsOn} onChange={setEndsOn} />
        <TextField id={id('moment')} label={t('pact.newMoment')} type="date" value={moment} onChange={setMoment} />
        <Button type="submit" appearance="secondary-action-button" disabled={renew.isPending}>
          {t('pact.renew')}
        </Button>
        {renew.isError && <ErrorMessage error={renew.error} />}
      </form>
      <form
        className="sp-form"
        noValidate
        aria-label={t('pact.endFor', { name: pact.partner.name })}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          end.mutate({ endedOn, reason: reason.trim() });
        }}
      >
        <TextField id={id('ended')} label={t('pact.endedOn')} type="date" value={endedOn} onChange={setEndedOn} />
        <TextField id={id('reason')} label={t('pact.endReason')} value={reason} onChange={setReason} />
        <Button type="submit" appearance="secondary-action-button" disabled={end.isPending}>
          {t('pact.end')}
        </Button>
        {end.isError && <ErrorMessage error={end.error} />}
      </form>
    </>
  );
}

/** A new pact with one approved partner, at least a year. */
export function PactForm({ partners }: { partners: Partner[] }) {
  const { t } = useTranslation('partners');
  const create = useCreatePact();
  const [f, setF] = useState({
    partnerId: '',
    startsOn: '',
    endsOn: '',
    organisationCommitments: '',
    partnerCommitments: '',
    activitiesPerQuarter: '3',
    expectedReach: '100',
    support: '',
    moments: '',
  });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const support = parseEuros(f.support);
    create.mutate({
      partnerId: f.partnerId,
      startsOn: f.startsOn,
      endsOn: f.endsOn,
      organisationCommitments: f.organisationCommitments.trim(),
      partnerCommitments: f.partnerCommitments.trim(),
      activitiesPerQuarter: Number(f.activitiesPerQuarter) || 0,
      expectedReach: Number(f.expectedReach) || 0,
      supportCents: support.ok ? support.cents : 0,
      evaluationMoments: f.moments
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    });
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="pact-partner" label={t('pact.partner')}>
        <Select id="pact-partner" value={f.partnerId} onChange={(e) => set('partnerId')(e.target.value)}>
          <SelectOption value="">{t('pact.choosePartner')}</SelectOption>
          {partners.map((p) => (
            <SelectOption key={p.id} value={p.id}>
              {p.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField
        id="pact-starts"
        label={t('pact.startsOn')}
        type="date"
        value={f.startsOn}
        onChange={set('startsOn')}
      />
      <TextField
        id="pact-ends"
        label={t('pact.endsOn')}
        hint={t('pact.endsOnHint')}
        type="date"
        value={f.endsOn}
        onChange={set('endsOn')}
      />
      <TextField
        id="pact-org"
        label={t('pact.organisationCommitments')}
        value={f.organisationCommitments}
        onChange={set('organisationCommitments')}
        multiline
      />
      <TextField
        id="pact-partner-commitments"
        label={t('pact.partnerCommitments')}
        value={f.partnerCommitments}
        onChange={set('partnerCommitments')}
        multiline
      />
      <TextField
        id="pact-activities"
        label={t('pact.activitiesPerQuarter')}
        inputMode="numeric"
        value={f.activitiesPerQuarter}
        onChange={set('activitiesPerQuarter')}
      />
      <TextField
        id="pact-reach"
        label={t('pact.expectedReach')}
        inputMode="numeric"
        value={f.expectedReach}
        onChange={set('expectedReach')}
      />
      <TextField
        id="pact-support"
        label={t('pact.supportEuro')}
        inputMode="decimal"
        value={f.support}
        onChange={set('support')}
      />
      <TextField
        id="pact-moments"
        label={t('pact.moments')}
        hint={t('pact.momentsHint')}
        value={f.moments}
        onChange={set('moments')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('pact.create')}
        </Button>
      </ButtonGroup>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}
