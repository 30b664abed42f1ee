import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field, describedBy } from '../../../components/Field.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import type { OfferInput, PortalOffer } from '../api/offers.ts';
import type { ProviderLocation } from '../api/provider.ts';
import { formatEuros, parseEuros } from './money.ts';
import { ValidHoursEditor, type ValidHoursWindow } from './ValidHoursEditor.tsx';

const PRICE_TYPES = ['percentage_discount', 'amount_off', 'fixed_price', 'free'] as const;
const PERIODS = ['day', 'week', 'month', 'pass_year', 'ever'] as const;
const TARGET_GROUPS = ['iedereen', 'kinderen', 'jongeren', 'volwassenen', 'gezinnen', 'ouderen'] as const;
type Text =
  | 'title'
  | 'summary'
  | 'description'
  | 'conditions'
  | 'regularPrice'
  | 'discountPercent'
  | 'amountOff'
  | 'fixedPrice'
  | 'reducedPrice'
  | 'limitPerPass'
  | 'stockTotal'
  | 'validFrom'
  | 'validUntil'
  | 'eventDays';
type Lists = { categories: string[]; targetGroups: string[]; routes: string[]; locationIds: string[] };
type Errors = Partial<Record<Text | keyof Lists | 'limitPeriod' | 'validHours', string>>;

/** The server's field names, mapped to the form's. */
const SERVER_FIELD: Record<string, keyof Errors> = {
  regularPriceCents: 'regularPrice',
  amountOffCents: 'amountOff',
  fixedPriceCents: 'fixedPrice',
  reducedPriceCents: 'reducedPrice',
};

function initialTexts(offer: PortalOffer | null): Record<Text, string> {
  const source = (offer?.pendingChanges as OfferInput | null) ?? offer;
  return {
    title: source?.title ?? '',
    summary: source?.summary ?? '',
    description: source?.description ?? '',
    conditions: source?.conditions ?? '',
    regularPrice: formatEuros(source?.regularPriceCents),
    discountPercent: source?.discountPercent?.toString() ?? '',
    amountOff: formatEuros(source?.amountOffCents),
    fixedPrice: formatEuros(source?.fixedPriceCents),
    reducedPrice: formatEuros(source?.reducedPriceCents),
    limitPerPass: source?.limitPerPass?.toString() ?? '',
    stockTotal: offer?.stockTotal?.toString() ?? '',
    validFrom: source?.validFrom ?? '',
    validUntil: source?.validUntil ?? '',
    eventDays: (source?.eventDays ?? []).join(', '),
  };
}

/** Make or change an offer: every kind the till knows, validity, limits, stock, routes and more. */
export function OfferForm({
  offer,
  locations,
  routes,
  categories,
  busy,
  onSave,
  onCancel,
}: {
  offer: PortalOffer | null;
  locations: ProviderLocation[];
  routes: { slug: string; name: string }[];
  categories: { slug: string; nameNl: string; nameEn: string }[];
  busy: boolean;
  onSave: (body: OfferInput, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('provider');
  const source = (offer?.pendingChanges as OfferInput | null) ?? offer;
  const [texts, setTexts] = useState(() => initialTexts(offer));
  const [priceType, setPriceType] = useState<OfferInput['priceType']>(source?.priceType ?? 'percentage_discount');
  const [limitPeriod, setLimitPeriod] = useState<string>(source?.limitPeriod ?? '');
  const [lists, setLists] = useState<Lists>({
    categories: source?.categories ?? [],
    targetGroups: source?.targetGroups ?? [],
    routes: source?.routes ?? [],
    locationIds: source?.locationIds ?? (locations.length === 1 ? [locations[0]!.id] : []),
  });
  const [validHours, setValidHours] = useState<ValidHoursWindow[]>(source?.validHours ?? []);
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);
  const live = offer?.status === 'published' || offer?.status === 'paused';

  const text = (
    name: Text,
    options: { type?: string; multiline?: boolean; hint?: boolean; optional?: boolean } = {},
  ) => {
    const id = `offer-${name}`;
    const hint = options.hint ? t(`offers.hints.${name}`) : undefined;
    const label = t(`offers.fields.${name}`) + (options.optional ? ` ${t('locations.optional')}` : '');
    const common = {
      id,
      name,
      'value': texts[name],
      'aria-describedby': describedBy(id, !!hint, errors[name]),
      'onChange': (e: { target: { value: string } }) => setTexts((v) => ({ ...v, [name]: e.target.value })),
    };
    return (
      <Field id={id} label={label} {...(hint ? { hint } : {})} error={errors[name]}>
        {options.multiline ? (
          <textarea {...common} className="utrecht-textarea" rows={3} aria-invalid={errors[name] ? true : undefined} />
        ) : (
          <Textbox {...common} type={options.type ?? 'text'} autoComplete="off" invalid={!!errors[name]} />
        )}
      </Field>
    );
  };

  const checkboxes = (name: keyof Lists, choices: { value: string; label: string }[]): ReactNode => (
    <Fieldset invalid={!!errors[name]}>
      <FieldsetLegend>{t(`offers.fields.${name}`)}</FieldsetLegend>
      {errors[name] && <p className="utrecht-form-field-error-message">{errors[name]}</p>}
      {choices.map((choice) => (
        <FormField key={choice.value} type="checkbox">
          <Checkbox
            id={`offer-${name}-${choice.value}`}
            checked={lists[name].includes(choice.value)}
            onChange={(e) =>
              setLists((l) => ({
                ...l,
                [name]: e.target.checked ? [...l[name], choice.value] : l[name].filter((v) => v !== choice.value),
              }))
            }
          />
          <FormLabel htmlFor={`offer-${name}-${choice.value}`} type="checkbox">
            {choice.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const cents = (name: Text) => {
      const value = parseEuros(texts[name]);
      if (Number.isNaN(value)) next[name] = t('offers.errors.euros');
      return value;
    };
    const whole = (name: Text) => {
      const value = texts[name].trim();
      if (!value) return null;
      if (!/^\d+$/.test(value)) next[name] = t('offers.errors.number');
      return Number(value);
    };
    if (!texts.title.trim()) next.title = t('locations.required');
    if (!texts.validFrom) next.validFrom = t('locations.required');
    if (!texts.validUntil) next.validUntil = t('locations.required');
    if (lists.locationIds.length === 0) next.locationIds = t('offers.errors.location');
    const eventDays = texts.eventDays
      .split(/[,\s]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    if (eventDays.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))) next.eventDays = t('offers.errors.dates');
    const body: OfferInput = {
      title: texts.title.trim(),
      summary: texts.summary.trim(),
      description: texts.description.trim(),
      conditions: texts.conditions.trim(),
      priceType,
      regularPriceCents: cents('regularPrice'),
      discountPercent: priceType === 'percentage_discount' ? whole('discountPercent') : null,
      amountOffCents: priceType === 'amount_off' ? cents('amountOff') : null,
      fixedPriceCents: priceType === 'fixed_price' ? cents('fixedPrice') : null,
      reducedPriceCents: cents('reducedPrice'),
      limitPerPass: whole('limitPerPass'),
      limitPeriod: (limitPeriod || null) as OfferInput['limitPeriod'],
      stockTotal: whole('stockTotal'),
      validFrom: texts.validFrom,
      validUntil: texts.validUntil,
      eventDays,
      validHours,
      ...lists,
    } as OfferInput;
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusFirstError();
      return;
    }
    onSave(body, (error) => {
      if (!(error instanceof ApiError)) return;
      const fromServer: Errors = {};
      for (const p of error.invalidParams) {
        const raw = p.name.replace(/^body[./]/, '').replace(/[./].*$/, '');
        const field = SERVER_FIELD[raw] ?? (raw as keyof Errors);
        fromServer[field] ??= p.reason;
      }
      setErrors(fromServer);
      focusFirstError();
    });
  };

  const english = i18n.language === 'en';
  return (
    <form ref={form} onSubmit={submit} noValidate className="sp-form sp-offer-form">
      {live && <p>{t('offers.liveNote')}</p>}
      {text('title')}
      {text('summary', { optional: true })}
      {text('description', { multiline: true, optional: true })}
      {text('conditions', { multiline: true, optional: true })}
      <Field id="offer-priceType" label={t('offers.fields.priceType')}>
        <Select
          id="offer-priceType"
          value={priceType}
          onChange={(e) => setPriceType(e.target.value as typeof priceType)}
        >
          {PRICE_TYPES.map((type) => (
            <SelectOption key={type} value={type}>
              {t(`offers.priceTypes.${type}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {text('regularPrice', { hint: true, optional: priceType === 'fixed_price' || priceType === 'free' })}
      {priceType === 'percentage_discount' && text('discountPercent')}
      {priceType === 'amount_off' && text('amountOff')}
      {priceType === 'fixed_price' && text('fixedPrice')}
      {text('reducedPrice', { hint: true, optional: true })}
      {text('limitPerPass', { optional: true })}
      <Field
        id="offer-limitPeriod"
        label={`${t('offers.fields.limitPeriod')} ${t('locations.optional')}`}
        error={errors.limitPeriod}
      >
        <Select
          id="offer-limitPeriod"
          value={limitPeriod}
          invalid={!!errors.limitPeriod}
          onChange={(e) => setLimitPeriod(e.target.value)}
        >
          <SelectOption value="">{t('offers.noLimit')}</SelectOption>
          {PERIODS.map((period) => (
            <SelectOption key={period} value={period}>
              {t(`offers.periods.${period}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {!live && text('stockTotal', { optional: true, hint: true })}
      {text('validFrom', { type: 'date' })}
      {text('validUntil', { type: 'date' })}
      {text('eventDays', { optional: true, hint: true })}
      <ValidHoursEditor windows={validHours} onChange={setValidHours} error={errors.validHours} />
      {checkboxes(
        'locationIds',
        locations.map((l) => ({ value: l.id, label: `${l.name}, ${l.street}` })),
      )}
      {checkboxes(
        'routes',
        routes.map((r) => ({ value: r.slug, label: r.name })),
      )}
      {checkboxes(
        'categories',
        categories.map((c) => ({ value: c.slug, label: english ? c.nameEn : c.nameNl })),
      )}
      {checkboxes(
        'targetGroups',
        TARGET_GROUPS.map((g) => ({ value: g, label: t(`offers.targetGroups.${g}`) })),
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {live ? t('offers.saveForReview') : t('offers.save')}
      </Button>{' '}
      <Button appearance="secondary-action-button" onClick={onCancel}>
        {t('offers.cancel')}
      </Button>
    </form>
  );
}
