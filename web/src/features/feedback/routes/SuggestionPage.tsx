import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSuggest } from '../api/feedback.ts';

/** "Idee?": anyone suggests an offer or an improvement; an e-mail address only if they want an answer. */
export default function SuggestionPage() {
  const { t } = useTranslation('feedback');
  usePageTitle(t('idea.title'));
  const suggest = useSuggest();
  const [kind, setKind] = useState<'new_offer' | 'improvement'>('new_offer');
  const [message, setMessage] = useState('');
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    suggest.mutate({ kind, message: message.trim(), ...(email.trim() ? { contactEmail: email.trim() } : {}) });
  };
  return (
    <>
      <Heading level={1}>{t('idea.title')}</Heading>
      {suggest.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('idea.thanks')}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit} className="sp-form">
          <Fieldset>
            <FieldsetLegend>{t('idea.kind')}</FieldsetLegend>
            {(['new_offer', 'improvement'] as const).map((value) => (
              <FormField key={value} type="radio">
                <RadioButton
                  id={`idea-${value}`}
                  name="kind"
                  checked={kind === value}
                  onChange={() => setKind(value)}
                />
                <FormLabel htmlFor={`idea-${value}`} type="radio">
                  {t(`idea.kinds.${value}`)}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
          <Field id="idea-message" label={t('idea.message')}>
            <Textarea
              id="idea-message"
              required
              rows={5}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </Field>
          <Field id="idea-email" label={t('idea.email')}>
            <Textbox
              id="idea-email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Button type="submit" appearance="primary-action-button" busy={suggest.isPending}>
            {t('idea.send')}
          </Button>
          {suggest.isError && <ErrorMessage error={suggest.error} />}
        </form>
      )}
    </>
  );
}
