import { useState } from 'react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useRoutes, useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../../lib/session.ts';
import '../newsletter-admin.css';
import { useEdition, usePreview, useSend, type PreviewFor } from '../api/editions.ts';

const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;

/** One edition: what is in it, a preview per interest and language, sending, and its figures. */
export default function EditionPage() {
  const { editionId = '' } = useParams();
  const { t } = useTranslation('newsletter-admin');
  const edition = useEdition(editionId);
  usePageTitle(edition.data?.title ?? t('edition.title'));
  const session = useSession();
  const canSend = hasPermission(session.data, 'newsletter.send');
  const wijken = useWijken();
  const routes = useRoutes();
  const [previewFor, setPreviewFor] = useState<PreviewFor>({});
  const preview = usePreview(editionId, previewFor);
  const send = useSend(editionId);
  const back = (
    <Paragraph>
      <RouterLink to="/beheer/nieuwsbrieven">{t('edition.back')}</RouterLink>
    </Paragraph>
  );
  if (edition.isPending || edition.isError)
    return (
      <>
        <Heading level={1}>{t('edition.title')}</Heading>
        {edition.isPending ? <Loading /> : <ErrorMessage error={edition.error} />}
        {back}
      </>
    );
  const e = edition.data;
  return (
    <>
      {back}
      <Heading level={1}>{e.title}</Heading>
      <Paragraph>
        {t(`audience.${e.audience}`)} · {t(`status.${e.status}`)}
      </Paragraph>
      <section aria-labelledby="nb-figures">
        <Heading level={2} id="nb-figures">
          {t('figures.title')}
        </Heading>
        <DataList>
          {(['recipients', 'sent', 'bounced', 'softBounced', 'unsubscribed'] as const).map((key) => (
            <DataListItem key={key}>
              <DataListKey>{t(`figures.${key}`)}</DataListKey>
              <DataListValue>{e.figures[key]}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
        <Paragraph>{t('figures.noTracking')}</Paragraph>
      </section>
      {e.status === 'draft' && canSend && (
        <section aria-labelledby="nb-send">
          <Heading level={2} id="nb-send">
            {t('edition.send')}
          </Heading>
          <Paragraph>{t('edition.sendIntro')}</Paragraph>
          <Button
            appearance="primary-action-button"
            busy={send.isPending}
            disabled={send.isPending}
            onClick={() => send.mutate()}
          >
            {t('edition.sendButton')}
          </Button>
          {send.isError && <ErrorMessage error={send.error} />}
        </section>
      )}
      {send.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('edition.sending')}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="nb-preview">
        <Heading level={2} id="nb-preview">
          {t('preview.title')}
        </Heading>
        <Field id="nb-preview-wijk" label={t('preview.wijk')}>
          <Select
            id="nb-preview-wijk"
            value={previewFor.wijk ?? ''}
            onChange={(ev) => setPreviewFor((p) => ({ ...p, wijk: ev.target.value || undefined }))}
          >
            <SelectOption value="">{t('preview.all')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="nb-preview-route" label={t('preview.route')}>
          <Select
            id="nb-preview-route"
            value={previewFor.route ?? ''}
            onChange={(ev) => setPreviewFor((p) => ({ ...p, route: ev.target.value || undefined }))}
          >
            <SelectOption value="">{t('preview.all')}</SelectOption>
            {routes.data?.items.map((r) => (
              <SelectOption key={r.slug} value={r.slug}>
                {r.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="nb-preview-language" label={t('preview.language')}>
          <Select
            id="nb-preview-language"
            value={previewFor.language ?? 'nl'}
            onChange={(ev) => setPreviewFor((p) => ({ ...p, language: ev.target.value as PreviewFor['language'] }))}
          >
            {LANGUAGES.map((l) => (
              <SelectOption key={l} value={l}>
                {l}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {preview.isPending ? (
          <Loading />
        ) : preview.isError ? (
          <ErrorMessage error={preview.error} />
        ) : (
          <>
            <Paragraph>
              <strong>{t('preview.subject')}</strong> {preview.data.subject}
            </Paragraph>
            <pre className="sp-newsletter-preview" tabIndex={0} aria-label={t('preview.text')}>
              {preview.data.text}
            </pre>
          </>
        )}
      </section>
    </>
  );
}
