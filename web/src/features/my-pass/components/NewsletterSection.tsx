import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import {
  useMyNewsletter,
  useSetMyNewsletter,
  useStopMyNewsletter,
  type HolderNewsletter,
  type NewsletterChannel,
} from '../api/newsletter.ts';

const CHANNELS: NewsletterChannel[] = ['email', 'letter'];

function NewsletterForm({ current }: { current: HolderNewsletter }) {
  const { t } = useTranslation('my-pass');
  const wijken = useWijken();
  const save = useSetMyNewsletter();
  const stop = useStopMyNewsletter();
  const [channel, setChannel] = useState<NewsletterChannel>(current.channel ?? 'email');
  const [chosen, setChosen] = useState<string[]>(current.wijken);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ channel, wijken: chosen });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="newsletter-heading">
      {current.subscribed && (
        <Alert type="ok" role="status">
          <Paragraph>{t(current.channel === 'letter' ? 'newsletter.byLetter' : 'newsletter.byEmail')}</Paragraph>
        </Alert>
      )}
      <Fieldset>
        <FieldsetLegend>{t('newsletter.channel')}</FieldsetLegend>
        {CHANNELS.map((value) => (
          <FormField key={value} type="radio">
            <RadioButton
              id={`newsletter-${value}`}
              name="newsletter-channel"
              value={value}
              checked={channel === value}
              onChange={() => setChannel(value)}
            />
            <FormLabel htmlFor={`newsletter-${value}`} type="radio">
              {t(`newsletter.channels.${value}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('newsletter.wijken')}</FieldsetLegend>
        <FormFieldDescription>{t('newsletter.noneIsAll')}</FormFieldDescription>
        {(wijken.data?.items ?? []).map((w) => (
          <FormField key={w.code} type="checkbox">
            <Checkbox
              id={`newsletter-wijk-${w.code}`}
              checked={chosen.includes(w.code)}
              onChange={(e) =>
                setChosen((old) => (e.target.checked ? [...old, w.code] : old.filter((c) => c !== w.code)))
              }
            />
            <FormLabel htmlFor={`newsletter-wijk-${w.code}`} type="checkbox">
              {w.name}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t(current.subscribed ? 'newsletter.save' : 'newsletter.start')}
      </Button>
      {current.subscribed && (
        <Button
          appearance="secondary-action-button"
          busy={stop.isPending}
          disabled={stop.isPending}
          onClick={() => stop.mutate()}
        >
          {t('newsletter.stop')}
        </Button>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
      {stop.isError && <ErrorMessage error={stop.error} />}
    </form>
  );
}

/** The newsletter for a holder: by e-mail, or by letter to the address the municipality has. */
export function NewsletterSection() {
  const { t } = useTranslation('my-pass');
  const newsletter = useMyNewsletter();
  return (
    <section aria-labelledby="newsletter-heading">
      <Heading level={2} id="newsletter-heading">
        {t('newsletter.title')}
      </Heading>
      <Paragraph>{t('newsletter.intro')}</Paragraph>
      {newsletter.isError && <ErrorMessage error={newsletter.error} />}
      {newsletter.data && (
        <NewsletterForm key={`${newsletter.data.subscribed}-${newsletter.data.channel}`} current={newsletter.data} />
      )}
    </section>
  );
}
