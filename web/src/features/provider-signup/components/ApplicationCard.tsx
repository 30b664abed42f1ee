import { useState } from 'react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { useDecide, type Application } from '../api/provider-signup.ts';

/** One sign-up with what the pass organisation needs to decide, and the decisions it can take. */
export function ApplicationCard({ application: a }: { application: Application }) {
  const { t } = useTranslation('provider-signup');
  const decide = useDecide();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  const open = a.status === 'submitted' || a.status === 'questions_asked';
  const headingId = `application-${a.id}`;
  return (
    <article aria-labelledby={headingId} className="sp-application">
      <Heading level={2} id={headingId}>
        {a.organisationName}
      </Heading>
      <Paragraph>
        {t(`signup.kinds.${a.kind}`)} · {t(`applications.status.${a.status}`)}
      </Paragraph>
      {a.kvkKnown && (
        <Alert type="warning">
          <Paragraph className="sp-flag">
            {a.kvkKnown.providerName
              ? t('applications.kvkKnownProvider', { name: a.kvkKnown.providerName })
              : t('applications.kvkKnownApplication')}
          </Paragraph>
        </Alert>
      )}
      <dl>
        <dt>{t('signup.fields.kvkNumber')}</dt>
        <dd>{a.kvkNumber ?? '–'}</dd>
        <dt>{t('signup.fields.contactName')}</dt>
        <dd>{a.contactName}</dd>
        <dt>{t('signup.fields.email')}</dt>
        <dd>{a.email}</dd>
        <dt>{t('signup.fields.phone')}</dt>
        <dd>{a.phone || '–'}</dd>
        <dt>{t('applications.address')}</dt>
        <dd>{[a.street, a.postcode, a.city].filter(Boolean).join(', ') || '–'}</dd>
        <dt>{t('signup.fields.iban')}</dt>
        <dd>{a.iban}</dd>
        <dt>{t('signup.fields.description')}</dt>
        <dd>{a.description || '–'}</dd>
        {a.questions && (
          <>
            <dt>{t('applications.questionsAsked')}</dt>
            <dd>{a.questions}</dd>
          </>
        )}
      </dl>
      {open && (
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            busy={decide.isPending}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: a.id, kind: 'approval' })}
          >
            {t('applications.approve', { name: a.organisationName })}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setAsking(true)} disabled={decide.isPending}>
            {t('applications.ask')}
          </Button>
          <Button
            appearance="subtle-button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ id: a.id, kind: 'declination' })}
          >
            {t('applications.decline')}
          </Button>
        </ButtonGroup>
      )}
      {open && asking && (
        <form
          className="sp-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (message.trim())
              decide.mutate({ id: a.id, kind: 'questions', message }, { onSuccess: () => setAsking(false) });
          }}
        >
          <Field id={`questions-${a.id}`} label={t('applications.questionsLabel')}>
            <textarea
              id={`questions-${a.id}`}
              className="utrecht-textarea"
              rows={4}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </Field>
          <Button type="submit" appearance="secondary-action-button" disabled={decide.isPending}>
            {t('applications.send')}
          </Button>
        </form>
      )}
      {decide.isError && <ErrorMessage error={decide.error} />}
    </article>
  );
}
