import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useSession } from '../../../lib/session.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSaveLocation, useWijkOutlines } from '../api/locations.ts';
import { useProvider, type ProviderLocation } from '../api/provider.ts';
import { PositionMap } from '../components/PositionMap.tsx';
import '../provider.css';

const TEXTS = ['name', 'street', 'postcode', 'city', 'openingHours', 'accessibility', 'latitude', 'longitude'] as const;
type Name = (typeof TEXTS)[number];
type Values = Record<Name, string>;
const EMPTY: Values = Object.fromEntries(TEXTS.map((n) => [n, ''])) as Values;
const OPTIONAL: Name[] = ['openingHours', 'accessibility'];

const valuesOf = (l: ProviderLocation): Values => ({
  name: l.name,
  street: l.street,
  postcode: l.postcode,
  city: l.city,
  openingHours: l.openingHours,
  accessibility: l.accessibility,
  latitude: l.position ? String(l.position.latitude) : '',
  longitude: l.position ? String(l.position.longitude) : '',
});

/** "Locaties": the provider admin adds and changes its locations; the wijk follows from the position. */
export default function LocationsPage() {
  const { t } = useTranslation('provider');
  usePageTitle(t('locations.title'));
  const session = useSession();
  const providerId = session.data?.providerId ?? '';
  const provider = useProvider(providerId);
  const wijken = useWijkOutlines();
  const save = useSaveLocation(providerId);
  const [editing, setEditing] = useState<string | null>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Name, string>>>({});
  const [done, setDone] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);

  const latitude = Number(values.latitude);
  const longitude = Number(values.longitude);
  const position =
    values.latitude && values.longitude && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { latitude, longitude }
      : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const next: Partial<Record<Name, string>> = {};
    for (const name of TEXTS)
      if (!OPTIONAL.includes(name) && !values[name].trim()) next[name] = t('locations.required');
    if (!next.latitude && !position) next.latitude = t('locations.positionInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0 || !position) {
      focusFirstError();
      return;
    }
    save.mutate(
      {
        id: editing,
        body: {
          name: values.name.trim(),
          street: values.street.trim(),
          postcode: values.postcode.trim(),
          city: values.city.trim(),
          openingHours: values.openingHours.trim(),
          accessibility: values.accessibility.trim(),
          position,
        },
      },
      {
        onSuccess: (saved) => {
          setDone(t('locations.saved', { name: saved.name, wijk: saved.wijk.name }));
          setEditing(null);
          setValues(EMPTY);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const fromServer: Partial<Record<Name, string>> = {};
          for (const p of error.invalidParams) {
            const name = p.name.replace(/^body\./, '');
            if (name === 'position' || name.startsWith('position'))
              fromServer.latitude =
                p.code === 'outside-municipality' ? t('locations.outside') : t('locations.positionInvalid');
            else if ((TEXTS as readonly string[]).includes(name)) fromServer[name as Name] = t('locations.invalid');
          }
          setErrors(fromServer);
          focusFirstError();
        },
      },
    );
  };

  const field = (name: Name, options: { hint?: boolean; multiline?: boolean; autoComplete?: string } = {}) => {
    const id = `location-${name}`;
    const hint = options.hint ? t(`locations.hints.${name}`) : undefined;
    const label = t(`locations.fields.${name}`) + (OPTIONAL.includes(name) ? ` ${t('locations.optional')}` : '');
    const common = {
      id,
      name,
      'value': values[name],
      'aria-describedby': describedBy(id, !!hint, errors[name]),
      'aria-invalid': errors[name] ? (true as const) : undefined,
    };
    return (
      <Field id={id} label={label} {...(hint ? { hint } : {})} error={errors[name]}>
        {options.multiline ? (
          <textarea
            {...common}
            className="utrecht-textarea"
            rows={3}
            maxLength={1000}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
        ) : (
          <Textbox
            {...common}
            autoComplete={options.autoComplete ?? 'off'}
            invalid={!!errors[name]}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          />
        )}
      </Field>
    );
  };

  return (
    <div className="sp-provider">
      <Heading level={1}>{t('locations.title')}</Heading>
      <Paragraph appearance="lead">{t('locations.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/aanbieder">{t('apiTokens.back')}</RouterLink>
      </Paragraph>
      <div role="status" aria-live="polite">
        {done}
      </div>
      <section aria-labelledby="locations-list-heading">
        <Heading level={2} id="locations-list-heading">
          {t('locations.listTitle')}
        </Heading>
        {provider.isPending && <Loading />}
        {provider.isError && <ErrorMessage error={provider.error} />}
        {provider.data && provider.data.locations.length === 0 && <Paragraph>{t('provider.noLocations')}</Paragraph>}
        {provider.data && provider.data.locations.length > 0 && (
          <ul className="sp-provider-locations">
            {provider.data.locations.map((l) => (
              <li key={l.id}>
                <strong>{l.name}</strong>, {l.street}, {l.postcode} {l.city} · {t('provider.wijk')}: {l.wijk.name}
                {l.buurt && ` · ${t('locations.buurt')}: ${l.buurt.name}`}{' '}
                <Button
                  appearance="subtle-button"
                  onClick={() => {
                    setEditing(l.id);
                    setValues(valuesOf(l));
                    setErrors({});
                  }}
                >
                  {t('locations.edit', { name: l.name })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="location-form-heading">
        <Heading level={2} id="location-form-heading">
          {editing ? t('locations.editTitle') : t('locations.newTitle')}
        </Heading>
        <form ref={form} onSubmit={submit} noValidate className="sp-form">
          {field('name', { autoComplete: 'organization' })}
          {field('street', { autoComplete: 'street-address' })}
          {field('postcode', { autoComplete: 'postal-code' })}
          {field('city', { autoComplete: 'address-level2' })}
          {field('openingHours', { multiline: true, hint: true })}
          {field('accessibility', { multiline: true, hint: true })}
          <Paragraph>{t('locations.mapHelp')}</Paragraph>
          <PositionMap
            wijken={wijken}
            position={position}
            onPick={(p) => setValues((v) => ({ ...v, latitude: String(p.latitude), longitude: String(p.longitude) }))}
          />
          {field('latitude', { hint: true })}
          {field('longitude')}
          <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
            {t('locations.save')}
          </Button>
        </form>
        {save.isError && Object.keys(errors).length === 0 && <ErrorMessage error={save.error} />}
      </section>
    </div>
  );
}
