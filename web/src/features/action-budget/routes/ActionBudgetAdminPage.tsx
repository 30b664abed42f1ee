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
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { newReference, parseEuros } from '../../../lib/euros.ts';
import { formatDate, formatMoney, todayInNetherlands as today } from '../../../lib/format.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useBookGrant,
  useLedgerLines,
  usePledge,
  usePledges,
  useReceipt,
  type Pledge,
} from '../api/action-budget-admin.ts';
import '../action-budget.css';

const cents = (text: string) => {
  const parsed = parseEuros(text);
  return parsed.ok ? parsed.cents : 0;
};

/** /beheer/actiebudget: the actiebudget's books in and out, booking grants and sponsor contributions. */
export default function ActionBudgetAdminPage() {
  const { t, i18n } = useTranslation('action-budget');
  usePageTitle(t('admin.title'));
  const [page, setPage] = useState(1);
  const lines = useLedgerLines(page);
  const money = (c: number) => formatMoney(c, i18n.language);

  return (
    <div className="sp-budget">
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph>
        <RouterLink to="/actiebudget">{t('admin.publicPage')}</RouterLink> ·{' '}
        <RouterLink to="/beheer/partners">{t('admin.partners')}</RouterLink>
      </Paragraph>
      {lines.data && (
        <Paragraph appearance="lead">{t('admin.balance', { amount: money(lines.data.balanceCents) })}</Paragraph>
      )}

      <section aria-labelledby="lines-heading">
        <Heading level={2} id="lines-heading">
          {t('admin.lines')}
        </Heading>
        {lines.isPending && <Loading />}
        {lines.isError && <ErrorMessage error={lines.error} />}
        {lines.data && (
          <>
            <TableScroll label={t('admin.linesCaption')}>
              <table className="utrecht-table">
                <caption className="utrecht-table__caption">{t('admin.linesCaption')}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('admin.date')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('admin.description')}
                    </th>
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('actionBudget.wijk')}
                    </th>
                    <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                      {t('admin.in')}
                    </th>
                    <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                      {t('admin.out')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {lines.data.items.map((l, i) => (
                    <tr key={`${l.entryId}-${i}`} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{formatDate(l.occurredAt.slice(0, 10), i18n.language)}</td>
                      <td className="utrecht-table__cell">{l.activityName ?? l.description}</td>
                      <td className="utrecht-table__cell">{l.wijk?.name ?? ''}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {l.amountCents > 0 ? money(l.amountCents) : ''}
                      </td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">
                        {l.amountCents < 0 ? money(-l.amountCents) : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pager page={lines.data.page} onChange={setPage} label={t('admin.linesPaging')} />
          </>
        )}
      </section>

      <section aria-labelledby="grant-heading">
        <Heading level={2} id="grant-heading">
          {t('admin.grant')}
        </Heading>
        <Paragraph>{t('admin.grantIntro')}</Paragraph>
        <GrantForm />
      </section>

      <section aria-labelledby="sponsors-heading">
        <Heading level={2} id="sponsors-heading">
          {t('admin.sponsors')}
        </Heading>
        <Pledges />
        <Heading level={3}>{t('admin.newPledge')}</Heading>
        <PledgeForm />
      </section>
    </div>
  );
}

function GrantForm() {
  const { t } = useTranslation('action-budget');
  const wijken = useWijken();
  const grant = useBookGrant();
  const [f, setF] = useState({
    activityName: '',
    wijkCode: '',
    amount: '',
    grantedOn: today(),
    reference: newReference('web-grant'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.mutate(
      {
        activityName: f.activityName.trim(),
        wijkCode: f.wijkCode,
        amountCents: cents(f.amount),
        grantedOn: f.grantedOn,
        reference: f.reference,
      },
      { onSuccess: () => setF((x) => ({ ...x, activityName: '', amount: '', reference: newReference('web-grant') })) },
    );
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="grant-activity" label={t('actionBudget.activity')}>
        <Textbox
          id="grant-activity"
          value={f.activityName}
          onChange={(e) => setF({ ...f, activityName: e.target.value })}
        />
      </Field>
      <Field id="grant-wijk" label={t('actionBudget.wijk')}>
        <Select id="grant-wijk" value={f.wijkCode} onChange={(e) => setF({ ...f, wijkCode: e.target.value })}>
          <SelectOption value="">{t('admin.chooseWijk')}</SelectOption>
          {(wijken.data?.items ?? []).map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="grant-amount" label={t('admin.amountEuro')}>
        <Textbox
          id="grant-amount"
          inputMode="decimal"
          value={f.amount}
          onChange={(e) => setF({ ...f, amount: e.target.value })}
        />
      </Field>
      <Field id="grant-date" label={t('admin.date')}>
        <Textbox
          id="grant-date"
          type="date"
          value={f.grantedOn}
          onChange={(e) => setF({ ...f, grantedOn: e.target.value })}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={grant.isPending} disabled={grant.isPending}>
        {t('admin.bookGrant')}
      </Button>
      <div role="status" aria-live="polite">
        {grant.isSuccess && t('admin.grantBooked')}
      </div>
      {grant.isError && <ErrorMessage error={grant.error} />}
    </form>
  );
}

function Pledges() {
  const { t, i18n } = useTranslation('action-budget');
  const pledges = usePledges();
  if (pledges.isPending) return <Loading />;
  if (pledges.isError) return <ErrorMessage error={pledges.error} />;
  if (pledges.data.items.length === 0) return <Paragraph>{t('admin.noPledges')}</Paragraph>;
  return (
    <>
      {pledges.data.items.map((p) => (
        <div key={p.id} className="sp-budget__pledge">
          <Heading level={3}>{p.sponsor.name}</Heading>
          <Paragraph>
            {t('admin.pledgeText', {
              amount: formatMoney(p.amountCents, i18n.language),
              received: formatMoney(p.receivedCents, i18n.language),
              date: formatDate(p.expectedOn, i18n.language),
            })}
          </Paragraph>
          {p.outstandingCents > 0 && <ReceiptForm pledge={p} />}
        </div>
      ))}
    </>
  );
}

function ReceiptForm({ pledge }: { pledge: Pledge }) {
  const { t } = useTranslation('action-budget');
  const receipt = useReceipt(pledge.id);
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(today());
  const [bankReference, setBankReference] = useState('');
  const id = (name: string) => `receipt-${name}-${pledge.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    receipt.mutate({ amountCents: cents(amount), receivedOn, bankReference: bankReference.trim() });
  };
  return (
    <form
      onSubmit={submit}
      className="sp-form"
      noValidate
      aria-label={t('admin.receiptFor', { name: pledge.sponsor.name })}
    >
      <Field id={id('amount')} label={t('admin.amountEuro')}>
        <Textbox id={id('amount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Field>
      <Field id={id('date')} label={t('admin.receivedOn')}>
        <Textbox id={id('date')} type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      </Field>
      <Field id={id('reference')} label={t('admin.bankReference')}>
        <Textbox id={id('reference')} value={bankReference} onChange={(e) => setBankReference(e.target.value)} />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={receipt.isPending} disabled={receipt.isPending}>
        {t('admin.bookReceipt')}
      </Button>
      {receipt.isError && <ErrorMessage error={receipt.error} />}
    </form>
  );
}

function PledgeForm() {
  const { t } = useTranslation('action-budget');
  const pledge = usePledge();
  const [f, setF] = useState({ sponsorName: '', amount: '', expectedOn: today(), publicityAgreed: false });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pledge.mutate(
      {
        sponsorName: f.sponsorName.trim(),
        amountCents: cents(f.amount),
        expectedOn: f.expectedOn,
        publicityAgreed: f.publicityAgreed,
      },
      { onSuccess: () => setF({ ...f, sponsorName: '', amount: '' }) },
    );
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="pledge-sponsor" label={t('admin.sponsorName')}>
        <Textbox
          id="pledge-sponsor"
          value={f.sponsorName}
          onChange={(e) => setF({ ...f, sponsorName: e.target.value })}
        />
      </Field>
      <Field id="pledge-amount" label={t('admin.amountEuro')}>
        <Textbox
          id="pledge-amount"
          inputMode="decimal"
          value={f.amount}
          onChange={(e) => setF({ ...f, amount: e.target.value })}
        />
      </Field>
      <Field id="pledge-date" label={t('admin.expectedOn')}>
        <Textbox
          id="pledge-date"
          type="date"
          value={f.expectedOn}
          onChange={(e) => setF({ ...f, expectedOn: e.target.value })}
        />
      </Field>
      <FormField type="checkbox">
        <Checkbox
          id="pledge-publicity"
          checked={f.publicityAgreed}
          onChange={(e) => setF({ ...f, publicityAgreed: e.target.checked })}
        />
        <FormLabel htmlFor="pledge-publicity" type="checkbox">
          {t('admin.publicityAgreed')}
        </FormLabel>
      </FormField>
      <Button type="submit" appearance="primary-action-button" busy={pledge.isPending} disabled={pledge.isPending}>
        {t('admin.savePledge')}
      </Button>
      {pledge.isError && <ErrorMessage error={pledge.error} />}
    </form>
  );
}
