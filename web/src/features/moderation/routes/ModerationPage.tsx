import { useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useModerate, useReviewQueue } from '../api/moderation.ts';
import { ReviewCard } from '../components/ReviewCard.tsx';
import '../moderation.css';

/** "Moderatie": new offers and changes to published ones, oldest first. */
export default function ModerationPage() {
  const { t } = useTranslation('moderation');
  usePageTitle(t('title'));
  const queue = useReviewQueue();
  const { decide, suspend } = useModerate();
  const [announcement, setAnnouncement] = useState('');
  const busy = decide.isPending || suspend.isPending;
  return (
    <div className="sp-moderation">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {announcement}
      </div>
      {decide.isError && <ErrorMessage error={decide.error} />}
      {suspend.isError && <ErrorMessage error={suspend.error} />}
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorMessage error={queue.error} />}
      {queue.data?.items.length === 0 && <Paragraph>{t('none')}</Paragraph>}
      {queue.data?.items.map((offer) => (
        <ReviewCard
          key={offer.id}
          offer={offer}
          busy={busy}
          onApprove={() =>
            decide.mutate(
              { offer, decision: 'approve' },
              { onSuccess: (o) => setAnnouncement(t('done.approved', { title: o.title })) },
            )
          }
          onRequestChanges={(comment) =>
            decide.mutate(
              { offer, decision: 'request_changes', comment },
              { onSuccess: (o) => setAnnouncement(t('done.changesRequested', { title: o.title })) },
            )
          }
          onSuspend={(reason) =>
            suspend.mutate(
              { offer, reason },
              { onSuccess: (o) => setAnnouncement(t('done.suspended', { title: o.title })) },
            )
          }
        />
      ))}
    </div>
  );
}
