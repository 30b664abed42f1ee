import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCheckMembership } from '../api/membership.ts';

/** "Pas controleren": type or scan a pass, and see whether it is valid today. Nothing else is shown. */
export default function MembershipCheckPage() {
  const { t } = useTranslation('membership-check');
  usePageTitle(t('membership.title'));
  const check = useCheckMembership();
  const [input, setInput] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = input.trim();
    setMissing(!value);
    if (value) check.mutate(value);
  };
  const error = missing ? t('membership.missing') : null;

  return (
    <>
      <Heading level={1}>{t('membership.title')}</Heading>
      <Paragraph>{t('membership.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="sp-form">
        <Field id="membership-pass" label={t('membership.passNumber')} hint={t('membership.hint')} error={error}>
          <Textbox
            id="membership-pass"
            name="passIdentifier"
            value={input}
            invalid={missing}
            autoComplete="off"
            aria-describedby={describedBy('membership-pass', true, error)}
            onChange={(e) => {
              setInput(e.target.value);
              check.reset();
            }}
          />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={check.isPending} disabled={check.isPending}>
          {t('membership.check')}
        </Button>
      </form>
      {check.isSuccess && (
        <div
          className={`utrecht-alert ${check.data.valid ? 'utrecht-alert--ok' : 'utrecht-alert--warning'}`}
          role="status"
        >
          <div className="utrecht-alert__content">
            <Paragraph>{check.data.valid ? t('membership.valid') : t('membership.notValid')}</Paragraph>
          </div>
        </div>
      )}
      {check.isError && <ErrorMessage error={check.error} />}
    </>
  );
}
