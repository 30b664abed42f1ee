import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useApiTokens,
  useCreateApiToken,
  useRevokeApiToken,
  type ApiToken,
  type NewApiToken,
} from '../api/provider.ts';
import { ApiTokenTable, revokeButtonId } from '../components/ApiTokenTable.tsx';
import { ConfirmRevoke } from '../components/ConfirmRevoke.tsx';
import { NewTokenSecret } from '../components/NewTokenSecret.tsx';
import '../provider.css';

const NAME_MAX = 100;

/** "Koppelingen met kassasystemen": the provider admin makes and revokes API keys for till systems. */
export default function ApiTokensPage() {
  const { t } = useTranslation('provider');
  usePageTitle(t('apiTokens.title'));
  const session = useSession();
  const providerId = session.data?.providerId ?? '';

  const [page, setPage] = useState(1);
  const tokens = useApiTokens(providerId, page);
  const create = useCreateApiToken(providerId);
  const revoke = useRevokeApiToken(providerId);

  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [newToken, setNewToken] = useState<NewApiToken | null>(null);
  const [confirming, setConfirming] = useState<ApiToken | null>(null);
  // One polite live region for the whole page, present from the start so every change is read out.
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const nameField = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = name.trim();
    if (!value) {
      setNameError(t('apiTokens.nameRequired'));
      nameField.current?.focus();
      return;
    }
    setNameError(null);
    setNewToken(null);
    setConfirming(null);
    setAnnouncement('');
    create.mutate(value, {
      onSuccess: (token) => {
        setNewToken(token);
        setName('');
        setAnnouncement(t('apiTokens.createdAnnouncement', { name: token.name }));
        // Keep the secret out of the mutation cache: only NewTokenSecret holds it.
        create.reset();
      },
    });
  };

  const done = () => {
    setNewToken(null);
    setAnnouncement('');
    nameField.current?.focus();
  };

  const startRevoke = (token: ApiToken) => {
    revoke.reset();
    setAnnouncement('');
    setConfirming(token);
  };

  const cancelRevoke = () => {
    const token = confirming;
    setConfirming(null);
    revoke.reset();
    if (token) document.getElementById(revokeButtonId(token))?.focus();
  };

  const confirmRevoke = () => {
    if (!confirming) return;
    revoke.mutate(confirming, {
      onSuccess: (_, token) => {
        setConfirming(null);
        setAnnouncement(t('apiTokens.revokedAnnouncement', { name: token.name }));
        listHeading.current?.focus();
      },
    });
  };

  return (
    <div className="sp-provider">
      <Heading level={1}>{t('apiTokens.title')}</Heading>
      <Paragraph appearance="lead">{t('apiTokens.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/aanbieder">{t('apiTokens.back')}</RouterLink>
      </Paragraph>

      <div role="status" aria-live="polite" className="sp-visually-hidden">
        {announcement}
      </div>

      <section aria-labelledby="create-token-heading">
        <Heading level={2} id="create-token-heading">
          {t('apiTokens.createTitle')}
        </Heading>
        <form onSubmit={submit} className="sp-form" noValidate>
          <FormField invalid={!!nameError}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="token-name">{t('apiTokens.name')}</FormLabel>
            </div>
            <FormFieldDescription id="token-name-hint">{t('apiTokens.nameHint')}</FormFieldDescription>
            {nameError && <FormFieldErrorMessage id="token-name-error">{nameError}</FormFieldErrorMessage>}
            <div className="utrecht-form-field__input">
              <Textbox
                id="token-name"
                ref={nameField}
                name="name"
                autoComplete="off"
                required
                maxLength={NAME_MAX}
                value={name}
                invalid={!!nameError}
                aria-describedby={nameError ? 'token-name-hint token-name-error' : 'token-name-hint'}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
          </FormField>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={create.isPending}
            disabled={create.isPending || !providerId}
          >
            {t('apiTokens.create')}
          </Button>
        </form>
        {create.isError && <ErrorMessage error={create.error} />}
      </section>

      {newToken && <NewTokenSecret token={newToken} onDone={done} />}

      <section aria-labelledby="token-list-heading">
        <Heading level={2} id="token-list-heading" tabIndex={-1} ref={listHeading}>
          {t('apiTokens.listTitle')}
        </Heading>
        {confirming && (
          <ConfirmRevoke
            token={confirming}
            busy={revoke.isPending}
            error={revoke.isError ? revoke.error : null}
            onConfirm={confirmRevoke}
            onCancel={cancelRevoke}
          />
        )}
        {tokens.isPending && <Loading />}
        {tokens.isError && <ErrorMessage error={tokens.error} />}
        {tokens.data &&
          (tokens.data.items.length === 0 ? (
            <Paragraph>{t('apiTokens.none')}</Paragraph>
          ) : (
            <>
              <ApiTokenTable tokens={tokens.data.items} onRevoke={startRevoke} disabled={revoke.isPending} />
              <Pager page={tokens.data.page} onChange={setPage} label={t('apiTokens.paging')} />
            </>
          ))}
      </section>
    </div>
  );
}
