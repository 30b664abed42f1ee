import { useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useMyVisits, useRate } from '../api/feedback.ts';

/** "Beoordelen": the holder rates an offer they used, once per visit; the text shows after a check. */
export default function RatePage() {
  const { t } = useTranslation('feedback');
  usePageTitle(t('rate.title'));
  const visits = useMyVisits();
  return (
    <>
      <Heading level={1}>{t('rate.title')}</Heading>
      <Paragraph>{t('rate.intro')}</Paragraph>
      {visits.isPending && <Loading />}
      {visits.isError && <ErrorMessage error={visits.error} />}
      {visits.data?.items.length === 0 && <Paragraph>{t('rate.none')}</Paragraph>}
      {visits.data?.items.map((visit) => (
        <section key={visit.redemptionId} className="sp-card" aria-labelledby={`visit-${visit.redemptionId}`}>
          <Heading level={2} id={`visit-${visit.redemptionId}`}>
            {visit.offerTitle}
          </Heading>
          <Paragraph>{t('rate.used', { provider: visit.providerName, date: formatDate(visit.usedOn) })}</Paragraph>
          {visit.rating ? (
            <Paragraph>
              {t('rate.given', { stars: visit.rating.stars })}{' '}
              {visit.rating.textStatus === 'pending' && t('rate.pending')}
            </Paragraph>
          ) : (
            <RateForm redemptionId={visit.redemptionId} />
          )}
        </section>
      ))}
    </>
  );
}

function RateForm({ redemptionId }: { redemptionId: string }) {
  const { t } = useTranslation('feedback');
  const rate = useRate();
  const [stars, setStars] = useState(0);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stars > 0) rate.mutate({ redemptionId, stars, ...(text.trim() ? { text: text.trim() } : {}) });
  };
  const id = `rate-${redemptionId}`;
  return (
    <form onSubmit={submit} className="sp-form">
      <Fieldset>
        <FieldsetLegend>{t('rate.stars')}</FieldsetLegend>
        {[1, 2, 3, 4, 5].map((n) => (
          <FormField key={n} type="radio">
            <RadioButton id={`${id}-${n}`} name={id} required checked={stars === n} onChange={() => setStars(n)} />
            <FormLabel htmlFor={`${id}-${n}`} type="radio">
              {t('rate.starsLabel', { stars: n })}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Field id={`${id}-text`} label={t('rate.text')}>
        <Textarea id={`${id}-text`} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={rate.isPending}>
        {t('rate.send')}
      </Button>
      {rate.isError && <ErrorMessage error={rate.error} />}
    </form>
  );
}
