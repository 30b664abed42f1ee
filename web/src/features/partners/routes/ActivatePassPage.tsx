import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useActivate } from '../api/partners.ts';
import { TextField } from '../components/TextField.tsx';
import '../partners.css';

/** /vrijwilligerspas: a volunteer turns the code from their organisation into a pass of their own. */
export default function ActivatePassPage() {
  const { t, i18n } = useTranslation('partners');
  usePageTitle(t('activate.title'));
  const wijken = useWijken();
  const activate = useActivate();
  const [f, setF] = useState({ code: '', name: '', email: '', wijkCode: '' });
  const set = (field: keyof typeof f) => (value: string) => setF((x) => ({ ...x, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    activate.mutate({ code: f.code.trim(), name: f.name.trim(), email: f.email.trim(), wijkCode: f.wijkCode });
  };
  return (
    <div className="sp-partners">
      <Heading level={1}>{t('activate.title')}</Heading>
      {activate.isSuccess ? (
        <>
          <Alert type="ok" role="status">
            <Paragraph>
              {t('activate.done', {
                number: activate.data.passNumber,
                until: formatDate(activate.data.validUntil, i18n.language),
              })}
            </Paragraph>
          </Alert>
          <Paragraph>
            <RouterLink to="/inloggen">{t('activate.login')}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph appearance="lead">{t('activate.intro')}</Paragraph>
          <form onSubmit={submit} className="sp-form" noValidate>
            <TextField
              id="activate-code"
              label={t('activate.code')}
              hint={t('activate.codeHint')}
              value={f.code}
              onChange={set('code')}
              required
            />
            <TextField
              id="activate-name"
              label={t('activate.name')}
              autoComplete="name"
              value={f.name}
              onChange={set('name')}
              required
            />
            <TextField
              id="activate-email"
              label={t('activate.email')}
              hint={t('activate.emailHint')}
              type="email"
              autoComplete="email"
              value={f.email}
              onChange={set('email')}
              required
            />
            <Field id="activate-wijk" label={t('signUp.wijk')}>
              <Select id="activate-wijk" value={f.wijkCode} onChange={(e) => set('wijkCode')(e.target.value)}>
                <SelectOption value="">{t('signUp.chooseWijk')}</SelectOption>
                {(wijken.data?.items ?? []).map((w) => (
                  <SelectOption key={w.code} value={w.code}>
                    {w.name}
                  </SelectOption>
                ))}
              </Select>
            </Field>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={activate.isPending}
              disabled={activate.isPending}
            >
              {t('activate.submit')}
            </Button>
            {activate.isError && <ErrorMessage error={activate.error} />}
          </form>
        </>
      )}
    </div>
  );
}
