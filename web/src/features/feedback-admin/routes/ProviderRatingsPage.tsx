import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useProviderRatings, useReply } from '../api/feedback-admin.ts';

/** The provider's ratings: stars, the text once approved, the month; never who gave them. A reply per rating. */
export default function ProviderRatingsPage() {
  const { t } = useTranslation('feedback-admin');
  usePageTitle(t('provider.title'));
  const ratings = useProviderRatings();
  return (
    <>
      <Heading level={1}>{t('provider.title')}</Heading>
      <Paragraph>{t('provider.intro')}</Paragraph>
      {ratings.isPending && <Loading />}
      {ratings.isError && <ErrorMessage error={ratings.error} />}
      {ratings.data?.items.length === 0 && <Paragraph>{t('provider.none')}</Paragraph>}
      {ratings.data?.items.map((r) => (
        <section key={r.id} className="sp-card" aria-labelledby={`rating-${r.id}`}>
          <Heading level={2} id={`rating-${r.id}`}>
            {r.offerTitle}: {t('moderation.stars', { n: r.stars })}
          </Heading>
          <Paragraph>
            {r.ratedIn}
            {r.text ? ` · “${r.text}”` : ''}
          </Paragraph>
          {r.reply ? (
            <Paragraph>
              {t('provider.yourReply')}: {r.reply}
            </Paragraph>
          ) : (
            <ReplyForm ratingId={r.id} />
          )}
        </section>
      ))}
    </>
  );
}

function ReplyForm({ ratingId }: { ratingId: string }) {
  const { t } = useTranslation('feedback-admin');
  const reply = useReply();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate({ ratingId, reply: text.trim() });
  };
  return (
    <form onSubmit={submit} className="sp-form">
      <Field id={`reply-${ratingId}`} label={t('provider.reply')}>
        <Textarea
          id={`reply-${ratingId}`}
          rows={2}
          required
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={reply.isPending}>
        {t('provider.send')}
      </Button>
      {reply.isError && <ErrorMessage error={reply.error} />}
    </form>
  );
}
