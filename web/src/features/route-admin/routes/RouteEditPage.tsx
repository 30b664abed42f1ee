import { ImageManager } from '../../../components/ImageManager.tsx';
import { useRef, useState, type FormEvent } from 'react';
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
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { PICTURES, useAdminRoutes, useUpdateRoute, type AdminRoute, type RouteUpdate } from '../api/route-admin.ts';

type Form = Required<RouteUpdate>;
const FIELDS = ['name', 'description', 'story', 'picture', 'color', 'sortOrder'] as const;

/** Edit one route: name, short text, story, picture (pictogram and colour), place in the list, shown or not. */
export default function RouteEditPage() {
  const { t } = useTranslation('route-admin');
  const { routeId = '' } = useParams();
  const routes = useAdminRoutes();
  const route = routes.data?.items.find((r) => r.id === routeId);
  usePageTitle(t('edit.title', { name: route?.name ?? '' }));

  if (routes.isPending) return <Loading />;
  if (routes.isError) return <ErrorMessage error={routes.error} />;
  if (!route)
    return (
      <>
        <Heading level={1}>{t('edit.notFound')}</Heading>
        <Paragraph>
          <RouterLink to="/beheer/routes">{t('edit.back')}</RouterLink>
        </Paragraph>
      </>
    );
  return <RouteEditForm key={route.id} route={route} />;
}

function RouteEditForm({ route }: { route: AdminRoute }) {
  const { t } = useTranslation('route-admin');
  const save = useUpdateRoute(route.id);
  const [form, setForm] = useState<Form>(() => ({
    name: route.name,
    description: route.description,
    story: route.story,
    picture: route.picture,
    color: route.color,
    sortOrder: route.sortOrder,
    isActive: route.isActive,
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [done, setDone] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(formRef);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const local: typeof errors = {};
    if (form.name.trim().length < 2) local.name = t('edit.errors.name');
    if (Object.keys(local).length > 0) {
      setErrors(local);
      focusFirstError();
      return;
    }
    setErrors({});
    save.mutate(form, {
      onSuccess: () => setDone(t('edit.saved')),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const fromServer: typeof errors = {};
        for (const problem of error.invalidParams) {
          const field = problem.name.replace(/^body\./, '') as keyof Form;
          if ((FIELDS as readonly string[]).includes(field)) fromServer[field] = t('edit.errors.invalid');
        }
        setErrors(fromServer);
        if (Object.keys(fromServer).length > 0) focusFirstError();
      },
    });
  };
  const err = (key: keyof Form) => errors[key] ?? null;

  return (
    <>
      <Heading level={1}>{t('edit.title', { name: route.name })}</Heading>
      <Paragraph>
        {t('edit.address')}: <RouterLink to={`/routes/${route.slug}`}>/routes/{route.slug}</RouterLink>
      </Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sp-form">
        <Field id="route-name" label={t('edit.name')} error={err('name')}>
          <Textbox
            id="route-name"
            value={form.name}
            invalid={!!err('name')}
            aria-describedby={describedBy('route-name', false, err('name'))}
            onChange={(e) => set('name', e.target.value)}
          />
        </Field>
        <Field
          id="route-description"
          label={t('edit.description')}
          hint={t('edit.descriptionHint')}
          error={err('description')}
        >
          <Textarea
            id="route-description"
            rows={2}
            value={form.description}
            invalid={!!err('description')}
            aria-describedby={describedBy('route-description', true, err('description'))}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
        <Field id="route-story" label={t('edit.story')} hint={t('edit.storyHint')} error={err('story')}>
          <Textarea
            id="route-story"
            rows={8}
            value={form.story}
            invalid={!!err('story')}
            aria-describedby={describedBy('route-story', true, err('story'))}
            onChange={(e) => set('story', e.target.value)}
          />
        </Field>
        <Field id="route-picture" label={t('edit.picture')} error={err('picture')}>
          <Select
            id="route-picture"
            value={form.picture}
            invalid={!!err('picture')}
            onChange={(e) => set('picture', e.target.value as Form['picture'])}
          >
            {PICTURES.map((p) => (
              <SelectOption key={p} value={p}>
                {t(`edit.pictures.${p}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="route-color" label={t('edit.color')} hint={t('edit.colorHint')} error={err('color')}>
          <input
            id="route-color"
            type="color"
            className="sp-color-input"
            value={form.color}
            aria-describedby={describedBy('route-color', true, err('color'))}
            onChange={(e) => set('color', e.target.value.toLowerCase())}
          />
        </Field>
        <Field id="route-order" label={t('edit.order')} hint={t('edit.orderHint')} error={err('sortOrder')}>
          <Textbox
            id="route-order"
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            value={String(form.sortOrder)}
            invalid={!!err('sortOrder')}
            aria-describedby={describedBy('route-order', true, err('sortOrder'))}
            onChange={(e) => set('sortOrder', Number(e.target.value))}
          />
        </Field>
        <FormField type="checkbox">
          <Checkbox id="route-active" checked={form.isActive} onChange={(e) => set('isActive', e.target.checked)} />
          <FormLabel htmlFor="route-active" type="checkbox">
            {t('edit.active')}
          </FormLabel>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('edit.save')}
        </Button>
      </form>
      {done && <Paragraph role="status">{done}</Paragraph>}
      {save.isError && Object.keys(errors).length === 0 && <ErrorMessage error={save.error} />}
      <Paragraph>
        <img src={route.pictureUrl} alt="" width="320" height="160" />
      </Paragraph>
      <ImageManager
        purpose="route"
        ownerId={route.id}
        texts={{
          legend: t('images.legend'),
          hint: t('images.hint'),
          file: t('images.file'),
          alt: t('images.alt'),
          upload: t('images.upload'),
          remove: (alt) => t('images.remove', { alt }),
          none: t('images.none'),
          tooLarge: t('images.tooLarge'),
          uploaded: t('images.uploaded'),
        }}
      />
      <Paragraph>
        <RouterLink to="/beheer/routes">{t('edit.back')}</RouterLink>
      </Paragraph>
    </>
  );
}
