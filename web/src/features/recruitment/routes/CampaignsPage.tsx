import { useState } from 'react';
import {
  Button,
  ButtonGroup,
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
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useBoard, useCampaigns, useCreateCampaign, type Campaign, type CampaignInput } from '../api/recruitment.ts';
import '../recruitment.css';

const KINDS: NonNullable<CampaignInput['kind']>[] = ['recruitment', 'pass_sales', 'solidarity', 'festival', 'usage'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** "Campagnes": the ZaansePas kalender, a year view of campaigns with their goals and results. */
export default function CampaignsPage() {
  const { t } = useTranslation('recruitment');
  usePageTitle(t('campaigns.title'));
  const [year, setYear] = useState(new Date().getFullYear());
  const campaigns = useCampaigns(year);
  const shown = campaigns.data?.year === year ? campaigns.data : undefined;
  return (
    <div className="sp-campaigns">
      <Heading level={1}>{t('campaigns.title')}</Heading>
      <Paragraph appearance="lead">{t('campaigns.intro')}</Paragraph>
      <ButtonGroup>
        <Button onClick={() => setYear(year - 1)}>{t('campaigns.previous', { year: year - 1 })}</Button>
        <Button onClick={() => setYear(year + 1)}>{t('campaigns.next', { year: year + 1 })}</Button>
      </ButtonGroup>
      <Heading level={2}>{t('campaigns.year', { year })}</Heading>
      {!shown && !campaigns.isError && <Loading />}
      {campaigns.isError && <ErrorMessage error={campaigns.error} />}
      {shown &&
        (shown.items.length === 0 ? (
          <Paragraph>{t('campaigns.none')}</Paragraph>
        ) : (
          <>
            <YearView year={year} items={shown.items} />
            {shown.items.map((c) => (
              <CampaignResults key={c.id} campaign={c} />
            ))}
          </>
        ))}
      <CampaignForm />
    </div>
  );
}

function YearView({ year, items }: { year: number; items: Campaign[] }) {
  const { t, i18n } = useTranslation('recruitment');
  const monthName = (m: number) => new Date(year, m - 1, 1).toLocaleDateString(i18n.language, { month: 'short' });
  const active = (c: Campaign, m: number) => {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    const last = `${year}-${String(m).padStart(2, '0')}-31`;
    return c.startsOn <= last && c.endsOn >= first;
  };
  return (
    <TableScroll label={t('campaigns.yearView', { year })}>
      <Table className="sp-year-view">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('campaigns.campaign')}</TableHeaderCell>
            {MONTHS.map((m) => (
              <TableHeaderCell key={m} scope="col">
                {monthName(m)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((c) => (
            <TableRow key={c.id}>
              <TableHeaderCell scope="row">
                {c.name}
                {c.route ? ` (${c.route.name})` : c.targetGroup ? ` (${c.targetGroup})` : ''}
              </TableHeaderCell>
              {MONTHS.map((m) => (
                <TableCell key={m} className={active(c, m) ? 'sp-year-view__on' : undefined}>
                  {active(c, m) ? t('campaigns.on') : ''}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function CampaignResults({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation('recruitment');
  const people = (f: { value: number | null; suppressed: boolean }) =>
    f.suppressed ? t('campaigns.fewerThan10') : String(f.value ?? 0);
  const goal = (g: number | null) => (g === null ? '' : ` / ${t('campaigns.goal', { goal: g })}`);
  return (
    <article className="sp-campaign" aria-labelledby={`campaign-${c.id}`}>
      <Heading level={3} id={`campaign-${c.id}`}>
        {c.name}
      </Heading>
      <Paragraph>
        {t(`campaigns.kinds.${c.kind}`)} · {c.startsOn.split('-').reverse().join('-')} –{' '}
        {c.endsOn.split('-').reverse().join('-')}
      </Paragraph>
      {c.description && <Paragraph>{c.description}</Paragraph>}
      <dl>
        <dt>{t('campaigns.providersRecruited')}</dt>
        <dd>
          {c.results.providersRecruited.actual}
          {goal(c.results.providersRecruited.goal)}
        </dd>
        <dt>{t('campaigns.offersPublished')}</dt>
        <dd>
          {c.results.offersPublished.actual}
          {goal(c.results.offersPublished.goal)}
        </dd>
        <dt>{t('campaigns.redemptions')}</dt>
        <dd>
          {people(c.results.redemptions.actual)}
          {goal(c.results.redemptions.goal)}
        </dd>
        <dt>{t('campaigns.passesSold')}</dt>
        <dd>
          {people(c.results.passesSold.actual)}
          {goal(c.results.passesSold.goal)}
        </dd>
        <dt>{t('campaigns.holdersReached')}</dt>
        <dd>{people(c.results.holdersReached.actual)}</dd>
      </dl>
    </article>
  );
}

function CampaignForm() {
  const { t } = useTranslation('recruitment');
  const board = useBoard();
  const create = useCreateCampaign();
  const [values, setValues] = useState({
    name: '',
    kind: 'recruitment' as NonNullable<CampaignInput['kind']>,
    routeId: '',
    targetGroup: '',
    startsOn: '',
    endsOn: '',
    goalProviders: '',
    goalPassesSold: '',
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues({ ...values, [key]: e.target.value });
  const number = (v: string) => (v === '' ? null : Number(v));
  return (
    <form
      aria-labelledby="campaign-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({
          name: values.name,
          kind: values.kind,
          routeId: values.routeId || null,
          targetGroup: values.targetGroup || null,
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          goalProviders: number(values.goalProviders),
          goalPassesSold: number(values.goalPassesSold),
        });
      }}
    >
      <Heading level={2} id="campaign-form-title">
        {t('campaigns.new')}
      </Heading>
      <Field id="campaign-name" label={t('campaigns.name')}>
        <Textbox id="campaign-name" required value={values.name} onChange={set('name')} />
      </Field>
      <Field id="campaign-kind" label={t('campaigns.kind')}>
        <Select id="campaign-kind" value={values.kind} onChange={set('kind')}>
          {KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`campaigns.kinds.${k}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="campaign-route" label={t('campaigns.route')}>
        <Select id="campaign-route" value={values.routeId} onChange={set('routeId')}>
          <SelectOption value="">{t('campaigns.noRoute')}</SelectOption>
          {board.data?.routes.map((r) => (
            <SelectOption key={r.id} value={r.id}>
              {r.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="campaign-target" label={t('campaigns.targetGroup')}>
        <Textbox id="campaign-target" value={values.targetGroup} onChange={set('targetGroup')} />
      </Field>
      <Field id="campaign-start" label={t('campaigns.startsOn')}>
        <Textbox id="campaign-start" type="date" required value={values.startsOn} onChange={set('startsOn')} />
      </Field>
      <Field id="campaign-end" label={t('campaigns.endsOn')}>
        <Textbox id="campaign-end" type="date" required value={values.endsOn} onChange={set('endsOn')} />
      </Field>
      <Field id="campaign-goal-providers" label={t('campaigns.goalProviders')}>
        <Textbox
          id="campaign-goal-providers"
          type="number"
          min={0}
          value={values.goalProviders}
          onChange={set('goalProviders')}
        />
      </Field>
      <Field id="campaign-goal-passes" label={t('campaigns.goalPassesSold')}>
        <Textbox
          id="campaign-goal-passes"
          type="number"
          min={0}
          value={values.goalPassesSold}
          onChange={set('goalPassesSold')}
        />
      </Field>
      {create.isError && <ErrorMessage error={create.error} />}
      {create.isSuccess && <Paragraph role="status">{t('campaigns.saved')}</Paragraph>}
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('campaigns.save')}
      </Button>
    </form>
  );
}
