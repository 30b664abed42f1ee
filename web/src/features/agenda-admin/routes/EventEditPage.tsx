import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useSession } from '../../../lib/session.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useEditableEvent,
  useEventChoices,
  useEventMutations,
  type EditableEvent,
  type EventInput,
} from '../api/agenda-admin.ts';
import { OfferPicker } from '../components/OfferPicker.tsx';
import { DAYS, fromRrule, toRrule, type Day, type Repeat, type RepeatKind } from '../components/repeat.ts';

const KINDS = ['wijk', 'festival', 'sport', 'culture'] as const;
const REPEATS: RepeatKind[] = ['once', 'weekly', 'biweekly', 'monthly'];

interface Form {
  title: string;
  description: string;
  kind: EventInput['kind'];
  date: string;
  startTime: string;
  /** Empty: the event ends on the day it starts. */
  endDate: string;
  endTime: string;
  repeat: Repeat;
  locationName: string;
  address: string;
  wijkCode: string;
  offerId: string;
  routeSlug: string;
  festivalSlug: string;
  isFree: boolean;
  price: string;
}
type FieldName = keyof Omit<Form, 'repeat'> | 'repeat' | 'until';

/** Which server field goes with which form field. */
const SERVER_FIELDS: Record<string, FieldName> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  startsAt: 'date',
  endsAt: 'endDate',
  rrule: 'repeat',
  locationName: 'locationName',
  address: 'address',
  wijkCode: 'wijkCode',
  offerId: 'offerId',
  routeSlug: 'routeSlug',
  festivalSlug: 'festivalSlug',
  isFree: 'isFree',
  priceCents: 'price',
};

function formOf(event: EditableEvent | undefined): Form {
  return {
    title: event?.title ?? '',
    description: event?.description ?? '',
    kind: event?.kind ?? 'wijk',
    date: event?.startsAt.slice(0, 10) ?? '',
    startTime: event?.startsAt.slice(11, 16) ?? '',
    endDate: event && event.endsAt.slice(0, 10) !== event.startsAt.slice(0, 10) ? event.endsAt.slice(0, 10) : '',
    endTime: event?.endsAt.slice(11, 16) ?? '',
    repeat: fromRrule(event?.rrule ?? null),
    locationName: event?.locationName ?? '',
    address: event?.address ?? '',
    wijkCode: event?.wijkCode ?? '',
    offerId: event?.offerId ?? '',
    routeSlug: event?.routeSlug ?? '',
    festivalSlug: event?.festivalSlug ?? '',
    isFree: event?.isFree ?? true,
    price: event?.priceCents != null ? (event.priceCents / 100).toFixed(2).replace('.', ',') : '',
  };
}

/**
 * A new event or an existing one, for the pass organisation (beheer/agenda) and for a provider
 * (aanbieder/agenda, tied to one of its own offers).
 */
export default function EventEditPage() {
  const { t } = useTranslation('agenda-admin');
  const { eventId } = useParams();
  const forProvider = useLocation().pathname.startsWith('/aanbieder');
  const session = useSession();
  const providerId = forProvider ? (session.data?.providerId ?? '') : null;
  const event = useEditableEvent(eventId ?? null);
  usePageTitle(eventId ? t('event.editTitle') : t('event.newTitle'));
  const back = forProvider ? '/aanbieder/agenda' : '/beheer/agenda';

  if (eventId && event.isPending) return <Loading />;
  if (eventId && event.isError)
    return (
      <>
        <Heading level={1}>{t('event.editTitle')}</Heading>
        <ErrorMessage error={event.error} />
        <Paragraph>
          <RouterLink to={back}>{t('event.back')}</RouterLink>
        </Paragraph>
      </>
    );
  return <EventForm key={eventId ?? 'new'} event={event.data} providerId={providerId} back={back} />;
}

function EventForm({ event, providerId, back }: { event?: EditableEvent; providerId: string | null; back: string }) {
  const { t } = useTranslation('agenda-admin');
  const navigate = useNavigate();
  const choices = useEventChoices();
  const { save, remove } = useEventMutations();
  const [form, setForm] = useState<Form>(() => formOf(event));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(formRef);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setRepeat = (changes: Partial<Repeat>) => setForm((f) => ({ ...f, repeat: { ...f.repeat, ...changes } }));
  const err = (key: FieldName) => errors[key] ?? null;
  const offerPicker = (
    <OfferPicker
      providerId={providerId}
      value={form.offerId}
      onChange={(offerId) => set('offerId', offerId)}
      error={err('offerId')}
      current={event?.offerId && event.offerTitle ? { id: event.offerId, title: event.offerTitle } : null}
    />
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: typeof errors = {};
    if (!form.title.trim()) local.title = t('event.errors.title');
    if (!form.date) local.date = t('event.errors.date');
    if (!form.startTime) local.startTime = t('event.errors.time');
    const endDate = form.endDate || form.date;
    if (!form.endTime) local.endTime = t('event.errors.time');
    else if (form.endDate && form.date && form.endDate < form.date) local.endDate = t('event.errors.endDateBeforeDate');
    else if (form.startTime && `${endDate}T${form.endTime}` <= `${form.date}T${form.startTime}`)
      local.endTime = t('event.errors.endBeforeStart');
    if (form.repeat.until && form.date && form.repeat.until < form.date) local.until = t('event.errors.until');
    const price = form.price.trim() ? Math.round(Number(form.price.replace(',', '.')) * 100) : null;
    if (!form.isFree && price !== null && (!Number.isFinite(price) || price < 0)) local.price = t('event.errors.price');
    if (providerId !== null && !form.offerId) local.offerId = t('event.errors.offer');
    setErrors(local);
    if (Object.keys(local).length > 0) {
      focusFirstError();
      return;
    }
    const body: EventInput = {
      title: form.title.trim(),
      description: form.description.trim(),
      kind: form.kind,
      startsAt: `${form.date}T${form.startTime}`,
      endsAt: `${endDate}T${form.endTime}`,
      rrule: toRrule(form.repeat, form.date),
      locationName: form.locationName.trim(),
      address: form.address.trim(),
      wijkCode: form.wijkCode || null,
      offerId: form.offerId || null,
      routeSlug: form.routeSlug || null,
      festivalSlug: form.festivalSlug || null,
      isFree: form.isFree,
      priceCents: form.isFree ? null : price,
    };
    save.mutate(
      { id: event?.id ?? null, body },
      {
        onSuccess: () => navigate(back, { state: { saved: body.title } }),
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const fromServer: typeof errors = {};
          for (const problem of error.invalidParams) {
            const field = SERVER_FIELDS[problem.name.replace(/^body\./, '')];
            if (field) fromServer[field] = t('event.errors.invalid', { reason: problem.reason });
          }
          setErrors(fromServer);
          if (Object.keys(fromServer).length > 0) focusFirstError();
        },
      },
    );
  };

  const textField = (key: 'title' | 'locationName' | 'address', id: string) => (
    <Field id={id} label={t(`event.${key}`)} error={err(key)}>
      <Textbox
        id={id}
        value={form[key]}
        invalid={!!err(key)}
        aria-describedby={describedBy(id, false, err(key))}
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  );
  const select = (
    key: 'wijkCode' | 'routeSlug' | 'festivalSlug',
    id: string,
    options: { value: string; label: string }[],
    empty: string | null,
  ) => (
    <Field id={id} label={t(`event.${key}`)} error={err(key)}>
      <Select
        id={id}
        value={form[key]}
        invalid={!!err(key)}
        aria-describedby={describedBy(id, false, err(key))}
        onChange={(e) => set(key, e.target.value)}
      >
        {empty !== null && <SelectOption value="">{empty}</SelectOption>}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );

  return (
    <>
      <Heading level={1}>{event ? t('event.editTitle') : t('event.newTitle')}</Heading>
      <form ref={formRef} onSubmit={submit} noValidate className="sp-form">
        {providerId !== null && offerPicker}
        {textField('title', 'event-title')}
        <Field id="event-description" label={t('event.description')} hint={t('event.descriptionHint')}>
          <Textarea
            id="event-description"
            rows={4}
            value={form.description}
            aria-describedby={describedBy('event-description', true, null)}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
        <Field id="event-kind" label={t('event.kind')} error={err('kind')}>
          <Select id="event-kind" value={form.kind} onChange={(e) => set('kind', e.target.value as Form['kind'])}>
            {KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {t(`event.kinds.${k}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="event-date" label={t('event.date')} error={err('date')}>
          <Textbox
            id="event-date"
            type="date"
            value={form.date}
            invalid={!!err('date')}
            aria-describedby={describedBy('event-date', false, err('date'))}
            onChange={(e) => set('date', e.target.value)}
          />
        </Field>
        <Field id="event-start" label={t('event.startTime')} error={err('startTime')}>
          <Textbox
            id="event-start"
            type="time"
            value={form.startTime}
            invalid={!!err('startTime')}
            aria-describedby={describedBy('event-start', false, err('startTime'))}
            onChange={(e) => set('startTime', e.target.value)}
          />
        </Field>
        <Field id="event-end-date" label={t('event.endDate')} hint={t('event.endDateHint')} error={err('endDate')}>
          <Textbox
            id="event-end-date"
            type="date"
            value={form.endDate}
            invalid={!!err('endDate')}
            aria-describedby={describedBy('event-end-date', true, err('endDate'))}
            onChange={(e) => set('endDate', e.target.value)}
          />
        </Field>
        <Field id="event-end" label={t('event.endTime')} error={err('endTime')}>
          <Textbox
            id="event-end"
            type="time"
            value={form.endTime}
            invalid={!!err('endTime')}
            aria-describedby={describedBy('event-end', false, err('endTime'))}
            onChange={(e) => set('endTime', e.target.value)}
          />
        </Field>
        <Field id="event-repeat" label={t('event.repeat')} error={err('repeat')}>
          <Select
            id="event-repeat"
            value={form.repeat.kind}
            invalid={!!err('repeat')}
            aria-describedby={describedBy('event-repeat', false, err('repeat'))}
            onChange={(e) => setRepeat({ kind: e.target.value as RepeatKind })}
          >
            {(form.repeat.rule && form.repeat.kind === 'custom' ? [...REPEATS, 'custom' as const] : REPEATS).map(
              (r) => (
                <SelectOption key={r} value={r}>
                  {t(`event.repeats.${r}`)}
                </SelectOption>
              ),
            )}
          </Select>
        </Field>
        {(form.repeat.kind === 'weekly' || form.repeat.kind === 'biweekly') && (
          <Fieldset>
            <FieldsetLegend>{t('event.days')}</FieldsetLegend>
            {DAYS.map((day) => (
              <FormField type="checkbox" key={day}>
                <Checkbox
                  id={`event-day-${day}`}
                  checked={form.repeat.days.includes(day)}
                  onChange={(e) =>
                    setRepeat({
                      days: e.target.checked
                        ? [...form.repeat.days, day]
                        : form.repeat.days.filter((d: Day) => d !== day),
                    })
                  }
                />
                <FormLabel htmlFor={`event-day-${day}`} type="checkbox">
                  {t(`event.dayNames.${day}`)}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
        )}
        {form.repeat.kind !== 'once' && form.repeat.kind !== 'custom' && (
          <Field id="event-until" label={t('event.until')} hint={t('event.untilHint')} error={err('until')}>
            <Textbox
              id="event-until"
              type="date"
              value={form.repeat.until}
              invalid={!!err('until')}
              aria-describedby={describedBy('event-until', true, err('until'))}
              onChange={(e) => setRepeat({ until: e.target.value })}
            />
          </Field>
        )}
        {textField('locationName', 'event-location')}
        {textField('address', 'event-address')}
        {select(
          'wijkCode',
          'event-wijk',
          choices.wijken.map((w) => ({ value: w.code, label: w.name })),
          t('event.none'),
        )}
        {providerId === null && offerPicker}
        {select(
          'routeSlug',
          'event-route',
          choices.routes.map((r) => ({ value: r.slug, label: r.name })),
          t('event.none'),
        )}
        {select(
          'festivalSlug',
          'event-festival',
          choices.festivals.map((f) => ({ value: f.slug, label: f.name })),
          t('event.none'),
        )}
        <FormField type="checkbox">
          <Checkbox id="event-free" checked={form.isFree} onChange={(e) => set('isFree', e.target.checked)} />
          <FormLabel htmlFor="event-free" type="checkbox">
            {t('event.isFree')}
          </FormLabel>
        </FormField>
        {!form.isFree && (
          <Field id="event-price" label={t('event.price')} hint={t('event.priceHint')} error={err('price')}>
            <Textbox
              id="event-price"
              inputMode="decimal"
              value={form.price}
              invalid={!!err('price')}
              aria-describedby={describedBy('event-price', true, err('price'))}
              onChange={(e) => set('price', e.target.value)}
            />
          </Field>
        )}
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('event.save')}
        </Button>
      </form>
      {save.isError && Object.keys(errors).length === 0 && <ErrorMessage error={save.error} />}
      {event && !confirming && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
            {t('event.delete')}
          </Button>
        </Paragraph>
      )}
      {event && confirming && (
        <section aria-labelledby="confirm-delete" className="utrecht-alert utrecht-alert--warning">
          <Heading level={2} id="confirm-delete">
            {t('event.confirmTitle', { title: event.title })}
          </Heading>
          <Paragraph>{t('event.confirmText')}</Paragraph>
          <div className="sp-button-row">
            <Button
              appearance="primary-action-button"
              busy={remove.isPending}
              disabled={remove.isPending}
              onClick={() => remove.mutate(event.id, { onSuccess: () => navigate(back) })}
            >
              {t('event.confirmYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
              {t('event.confirmNo')}
            </Button>
          </div>
          {remove.isError && <ErrorMessage error={remove.error} />}
        </section>
      )}
      <Paragraph>
        <RouterLink to={back}>{t('event.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
