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
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { ImageManager } from '../../../components/ImageManager.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { parseEuros } from '../../../lib/euros.ts';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useChangePledge,
  useConfirmYear,
  useCreatePledge,
  useInitiatives,
  usePledges,
  useReceipt,
  useRenewals,
  useUpdateSponsor,
  type Pledge,
  type Renewal,
} from '../api/sponsors-admin.ts';

const cents = (text: string) => {
  const parsed = parseEuros(text);
  return parsed.ok ? parsed.cents : 0;
};
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** /beheer/sponsors: sponsors with their pledges and what arrived; a new pledge; a transfer received. */
export default function SponsorsAdminPage() {
  const { t } = useTranslation('sponsors-admin');
  usePageTitle(t('title'));
  return (
    <div className="sp-sponsors-admin">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer/actiebudget">{t('actionBudget')}</RouterLink> ·{' '}
        <RouterLink to="/actiebudget">{t('publicPage')}</RouterLink>
      </Paragraph>
      <section aria-labelledby="sponsors-renewals-heading">
        <Heading level={2} id="sponsors-renewals-heading">
          {t('renewals.heading')}
        </Heading>
        <Paragraph>{t('renewals.intro')}</Paragraph>
        <Renewals />
      </section>
      <section aria-labelledby="sponsors-list-heading">
        <Heading level={2} id="sponsors-list-heading">
          {t('listHeading')}
        </Heading>
        <Sponsors />
      </section>
      <section aria-labelledby="sponsors-new-heading">
        <Heading level={2} id="sponsors-new-heading">
          {t('newHeading')}
        </Heading>
        <PledgeForm />
      </section>
    </div>
  );
}

/** Yearly contributions due this year or next: renew (confirm) one, or stop the recurrence. */
function Renewals() {
  const { t } = useTranslation('sponsors-admin');
  const renewals = useRenewals();
  if (renewals.isPending) return <Loading />;
  if (renewals.isError) return <ErrorMessage error={renewals.error} />;
  if (renewals.data.items.length === 0) return <Paragraph>{t('renewals.none')}</Paragraph>;
  return (
    <ul className="sp-sponsors-admin__renewals">
      {renewals.data.items.map((r) => (
        <RenewalItem key={`${r.pledgeId}-${r.year}`} renewal={r} />
      ))}
    </ul>
  );
}

function RenewalItem({ renewal }: { renewal: Renewal }) {
  const { t, i18n } = useTranslation('sponsors-admin');
  const confirm = useConfirmYear(renewal.pledgeId);
  const stop = useChangePledge(renewal.pledgeId);
  const busy = confirm.isPending || stop.isPending;
  return (
    <li>
      {t('renewals.line', {
        name: renewal.sponsorName,
        year: renewal.year,
        amount: formatMoney(renewal.amountCents, i18n.language),
        date: formatDate(renewal.expectedOn, i18n.language),
      })}{' '}
      <Button
        appearance="secondary-action-button"
        busy={confirm.isPending}
        disabled={busy}
        onClick={() => confirm.mutate({ year: renewal.year })}
      >
        {t('renewals.confirm', { name: renewal.sponsorName, year: renewal.year })}
      </Button>{' '}
      <Button
        appearance="subtle-button"
        busy={stop.isPending}
        disabled={busy}
        onClick={() => stop.mutate({ recursYearly: false })}
      >
        {t('renewals.stop', { name: renewal.sponsorName })}
      </Button>
      {confirm.isError && <ErrorMessage error={confirm.error} />}
      {stop.isError && <ErrorMessage error={stop.error} />}
    </li>
  );
}

/** The pledges grouped per sponsor, in the order the server gives them (newest pledge first). */
function Sponsors() {
  const { t, i18n } = useTranslation('sponsors-admin');
  const pledges = usePledges();
  if (pledges.isPending) return <Loading />;
  if (pledges.isError) return <ErrorMessage error={pledges.error} />;
  if (pledges.data.items.length === 0) return <Paragraph>{t('none')}</Paragraph>;
  const groups = new Map<string, Pledge[]>();
  for (const p of pledges.data.items) groups.set(p.sponsor.id, [...(groups.get(p.sponsor.id) ?? []), p]);
  const money = (c: number) => formatMoney(c, i18n.language);
  const sum = (list: Pledge[], cents: (p: Pledge) => number) => list.reduce((total, p) => total + cents(p), 0);
  return (
    <>
      {[...groups.values()].map((list) => {
        const sponsor = list[0]!.sponsor;
        return (
          <article key={sponsor.id} className="sp-sponsors-admin__sponsor" aria-labelledby={`sponsor-${sponsor.id}`}>
            <Heading level={3} id={`sponsor-${sponsor.id}`}>
              {sponsor.name}
            </Heading>
            <Paragraph>
              {t('totals', {
                pledged: money(sum(list, (p) => p.promisedCents)),
                received: money(sum(list, (p) => p.receivedCents)),
              })}
            </Paragraph>
            {list.some((p) => p.adoptedInitiative) && (
              <Paragraph className="sp-sponsors-admin__earmarked">
                {t('earmarked', {
                  initiative: list.find((p) => p.adoptedInitiative)!.adoptedInitiative!.name,
                  pledged: money(sum(list, (p) => (p.adoptedInitiative ? p.promisedCents : 0))),
                  received: money(sum(list, (p) => (p.adoptedInitiative ? p.receivedCents : 0))),
                })}{' '}
                {t('general', {
                  pledged: money(sum(list, (p) => (p.adoptedInitiative ? 0 : p.promisedCents))),
                  received: money(sum(list, (p) => (p.adoptedInitiative ? 0 : p.receivedCents))),
                })}
              </Paragraph>
            )}
            <ul>
              {list.map((p) => (
                <li key={p.id}>
                  {t('pledgeLine', {
                    amount: money(p.amountCents),
                    received: money(p.receivedCents),
                    date: formatDate(p.expectedOn, i18n.language),
                  })}{' '}
                  {p.publicityAgreed ? t('publicityYes') : t('publicityNo')}
                  {p.adoptedInitiative && <> {t('adopts', { initiative: p.adoptedInitiative.name })}</>}
                  <YearlyLine pledge={p} />
                  {p.outstandingCents > 0 && <ReceiptForm pledge={p} />}
                </li>
              ))}
            </ul>
            <WebsiteForm sponsorId={sponsor.id} name={sponsor.name} current={sponsor.websiteUrl} />
            <ImageManager
              purpose="sponsor"
              ownerId={sponsor.id}
              texts={{
                legend: t('logo.legend', { name: sponsor.name }),
                hint: t('logo.hint'),
                file: t('logo.file'),
                alt: t('logo.alt'),
                upload: t('logo.upload'),
                remove: (alt) => t('logo.remove', { alt }),
                none: t('logo.none'),
                tooLarge: t('logo.tooLarge'),
                uploaded: t('logo.uploaded'),
              }}
            />
          </article>
        );
      })}
    </>
  );
}

/** "Elk jaar": the years confirmed, and a button that stops (or restarts) the recurrence. */
function YearlyLine({ pledge }: { pledge: Pledge }) {
  const { t, i18n } = useTranslation('sponsors-admin');
  const change = useChangePledge(pledge.id);
  const yearly = pledge.recursYearly || pledge.years.length > 0;
  if (!yearly) return null;
  const years = [
    `${pledge.firstYear}`,
    ...pledge.years.map((y) => `${y.year} (${formatMoney(y.amountCents, i18n.language)})`),
  ].join(', ');
  return (
    <>
      {' '}
      {pledge.recursYearly ? t('yearly.on', { years }) : t('yearly.stopped', { years })}{' '}
      <Button
        appearance="subtle-button"
        busy={change.isPending}
        disabled={change.isPending}
        onClick={() => change.mutate({ recursYearly: !pledge.recursYearly })}
      >
        {pledge.recursYearly
          ? t('yearly.stop', { name: pledge.sponsor.name })
          : t('yearly.restart', { name: pledge.sponsor.name })}
      </Button>
      {change.isError && <ErrorMessage error={change.error} />}
    </>
  );
}

function WebsiteForm({ sponsorId, name, current }: { sponsorId: string; name: string; current: string | null }) {
  const { t } = useTranslation('sponsors-admin');
  const update = useUpdateSponsor(sponsorId);
  const [url, setUrl] = useState(current ?? '');
  const id = `sponsor-website-${sponsorId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ websiteUrl: url.trim() === '' ? null : url.trim() });
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate aria-label={t('websiteFor', { name })}>
      <Field id={id} label={t('website')}>
        <Textbox id={id} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={update.isPending} disabled={update.isPending}>
        {t('saveWebsite')}
      </Button>
      {update.isSuccess && <Paragraph role="status">{t('websiteSaved')}</Paragraph>}
      {update.isError && <ErrorMessage error={update.error} />}
    </form>
  );
}

function ReceiptForm({ pledge }: { pledge: Pledge }) {
  const { t } = useTranslation('sponsors-admin');
  const receipt = useReceipt(pledge.id);
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(today());
  const [bankReference, setBankReference] = useState('');
  const id = (name: string) => `sponsor-receipt-${name}-${pledge.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    receipt.mutate({ amountCents: cents(amount), receivedOn, bankReference: bankReference.trim() });
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate aria-label={t('receiptFor', { name: pledge.sponsor.name })}>
      <Field id={id('amount')} label={t('amountEuro')}>
        <Textbox id={id('amount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Field>
      <Field id={id('date')} label={t('receivedOn')}>
        <Textbox id={id('date')} type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
      </Field>
      <Field id={id('reference')} label={t('bankReference')}>
        <Textbox id={id('reference')} value={bankReference} onChange={(e) => setBankReference(e.target.value)} />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={receipt.isPending} disabled={receipt.isPending}>
        {t('bookReceipt')}
      </Button>
      {receipt.isError && <ErrorMessage error={receipt.error} />}
    </form>
  );
}

const EMPTY = {
  sponsorName: '',
  contactName: '',
  contactEmail: '',
  websiteUrl: '',
  amount: '',
  expectedOn: today(),
  publicityText: '',
  publicityAgreed: false,
  recursYearly: false,
  adoptedPartnerId: '',
};

function PledgeForm() {
  const { t } = useTranslation('sponsors-admin');
  const pledge = useCreatePledge();
  const initiatives = useInitiatives();
  const [f, setF] = useState(EMPTY);
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pledge.mutate(
      {
        sponsorName: f.sponsorName.trim(),
        contactName: optional(f.contactName),
        contactEmail: optional(f.contactEmail),
        websiteUrl: optional(f.websiteUrl),
        amountCents: cents(f.amount),
        expectedOn: f.expectedOn,
        publicityText: f.publicityText.trim(),
        publicityAgreed: f.publicityAgreed,
        recursYearly: f.recursYearly,
        adoptedPartnerId: f.adoptedPartnerId || undefined,
      },
      { onSuccess: () => setF({ ...EMPTY, expectedOn: f.expectedOn }) },
    );
  };
  const text = (name: keyof typeof EMPTY, label: string, type: 'text' | 'email' | 'url' = 'text') => (
    <Field id={`pledge-${name}`} label={label}>
      <Textbox
        id={`pledge-${name}`}
        type={type}
        value={f[name] as string}
        onChange={(e) => setF({ ...f, [name]: e.target.value })}
      />
    </Field>
  );
  return (
    <form onSubmit={submit} className="sp-form" noValidate aria-labelledby="sponsors-new-heading">
      {text('sponsorName', t('sponsorName'))}
      {text('contactName', t('contactName'))}
      {text('contactEmail', t('contactEmail'), 'email')}
      {text('websiteUrl', t('website'), 'url')}
      <Field id="pledge-amount" label={t('amountEuro')}>
        <Textbox
          id="pledge-amount"
          inputMode="decimal"
          value={f.amount}
          onChange={(e) => setF({ ...f, amount: e.target.value })}
        />
      </Field>
      <Field id="pledge-expectedOn" label={t('expectedOn')}>
        <Textbox
          id="pledge-expectedOn"
          type="date"
          value={f.expectedOn}
          onChange={(e) => setF({ ...f, expectedOn: e.target.value })}
        />
      </Field>
      <Field id="pledge-publicityText" label={t('publicityText')}>
        <Textarea
          id="pledge-publicityText"
          value={f.publicityText}
          onChange={(e) => setF({ ...f, publicityText: e.target.value })}
        />
      </Field>
      <FormField type="checkbox">
        <Checkbox
          id="pledge-publicityAgreed"
          checked={f.publicityAgreed}
          onChange={(e) => setF({ ...f, publicityAgreed: e.target.checked })}
        />
        <FormLabel htmlFor="pledge-publicityAgreed" type="checkbox">
          {t('publicityAgreed')}
        </FormLabel>
      </FormField>
      <FormField type="checkbox">
        <Checkbox
          id="pledge-recursYearly"
          checked={f.recursYearly}
          onChange={(e) => setF({ ...f, recursYearly: e.target.checked })}
        />
        <FormLabel htmlFor="pledge-recursYearly" type="checkbox">
          {t('recursYearly')}
        </FormLabel>
      </FormField>
      <Field id="pledge-adoptedPartnerId" label={t('adoptedInitiative')}>
        <Select
          id="pledge-adoptedPartnerId"
          value={f.adoptedPartnerId}
          onChange={(e) => setF({ ...f, adoptedPartnerId: e.target.value })}
        >
          <SelectOption value="">{t('noInitiative')}</SelectOption>
          {(initiatives.data ?? []).map((p) => (
            <SelectOption key={p.id} value={p.id}>
              {p.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={pledge.isPending} disabled={pledge.isPending}>
        {t('savePledge')}
      </Button>
      {pledge.isSuccess && <Paragraph role="status">{t('pledgeSaved')}</Paragraph>}
      {pledge.isError && <ErrorMessage error={pledge.error} />}
    </form>
  );
}
