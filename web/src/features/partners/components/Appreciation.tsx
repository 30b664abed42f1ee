import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { parseEuros } from '../../../lib/euros.ts';
import { formatMoney } from '../../../lib/format.ts';
import {
  useCodes,
  useCreateQuota,
  useMakeCode,
  useQuotas,
  type AppreciationQuota,
  type Partner,
} from '../api/partners.ts';
import { TextField } from './TextField.tsx';

/** Quotas of appreciation passes: passes, codes used and cost; partners make codes here. */
export function QuotaList({ partnerView }: { partnerView: boolean }) {
  const { t } = useTranslation('partners');
  const quotas = useQuotas();
  if (quotas.isPending) return <Loading />;
  if (quotas.isError) return <ErrorMessage error={quotas.error} />;
  if (quotas.data.items.length === 0) return <Paragraph>{t('appreciation.none')}</Paragraph>;
  return (
    <>
      {quotas.data.items.map((q) => (
        <Quota key={q.id} quota={q} partnerView={partnerView} />
      ))}
    </>
  );
}

function Quota({ quota: q, partnerView }: { quota: AppreciationQuota; partnerView: boolean }) {
  const { t, i18n } = useTranslation('partners');
  return (
    <article className="sp-partners__card" aria-labelledby={`quota-${q.id}`}>
      <Heading level={3} id={`quota-${q.id}`}>
        {t('appreciation.quotaHeading', { name: q.partner.name, funder: q.funderName })}
      </Heading>
      <Paragraph>
        {t('appreciation.figures', {
          passes: q.passes,
          made: q.codesMade,
          used: q.codesUsed,
          cost: formatMoney(q.costCents, i18n.language),
          usedCost: formatMoney(q.usedCostCents, i18n.language),
        })}{' '}
        {t(`appreciation.fundedBy.${q.fundedBy}`)}
      </Paragraph>
      {partnerView && <Codes quota={q} />}
    </article>
  );
}

function Codes({ quota }: { quota: AppreciationQuota }) {
  const { t } = useTranslation('partners');
  const codes = useCodes(quota.id);
  const make = useMakeCode(quota.id);
  const [label, setLabel] = useState('');
  return (
    <>
      <form
        className="sp-form"
        noValidate
        aria-label={t('appreciation.makeFor', { funder: quota.funderName })}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          make.mutate(label.trim(), { onSuccess: () => setLabel('') });
        }}
      >
        <TextField
          id={`code-label-${quota.id}`}
          label={t('appreciation.label')}
          hint={t('appreciation.labelHint')}
          value={label}
          onChange={setLabel}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={make.isPending}>
          {t('appreciation.make')}
        </Button>
        <div role="status" aria-live="polite">
          {make.isSuccess && t('appreciation.made', { code: make.data.code })}
        </div>
        {make.isError && <ErrorMessage error={make.error} />}
      </form>
      {codes.data && codes.data.items.length > 0 && (
        <ul>
          {codes.data.items.map((c) => (
            <li key={c.id}>
              <code>{c.code}</code>
              {c.label ? ` (${c.label})` : ''}: {c.used ? t('appreciation.used') : t('appreciation.notUsed')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The pass organisation gives a partner a quota, paid by a sponsor or a municipal budget. */
export function QuotaForm({ partners }: { partners: Partner[] }) {
  const { t } = useTranslation('partners');
  const create = useCreateQuota();
  const [f, setF] = useState({
    partnerId: '',
    passes: '10',
    price: '25',
    fundedBy: 'sponsor' as 'sponsor' | 'municipal_budget',
    funderName: '',
  });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const price = parseEuros(f.price);
    create.mutate({
      partnerId: f.partnerId,
      passes: Number(f.passes) || 0,
      pricePerPassCents: price.ok ? price.cents : 0,
      fundedBy: f.fundedBy,
      funderName: f.funderName.trim(),
    });
  };
  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="quota-partner" label={t('pact.partner')}>
        <Select id="quota-partner" value={f.partnerId} onChange={(e) => set('partnerId')(e.target.value)}>
          <SelectOption value="">{t('pact.choosePartner')}</SelectOption>
          {partners.map((p) => (
            <SelectOption key={p.id} value={p.id}>
              {p.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <TextField
        id="quota-passes"
        label={t('appreciation.passes')}
        inputMode="numeric"
        value={f.passes}
        onChange={set('passes')}
      />
      <TextField
        id="quota-price"
        label={t('appreciation.price')}
        inputMode="decimal"
        value={f.price}
        onChange={set('price')}
      />
      <Field id="quota-funded" label={t('appreciation.funded')}>
        <Select id="quota-funded" value={f.fundedBy} onChange={(e) => set('fundedBy')(e.target.value)}>
          <SelectOption value="sponsor">{t('appreciation.fundedBy.sponsor')}</SelectOption>
          <SelectOption value="municipal_budget">{t('appreciation.fundedBy.municipal_budget')}</SelectOption>
        </Select>
      </Field>
      <TextField
        id="quota-funder"
        label={t('appreciation.funderName')}
        value={f.funderName}
        onChange={set('funderName')}
      />
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('appreciation.give')}
      </Button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}
