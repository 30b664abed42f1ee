import { useState } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field.tsx';
import type { ReviewItem } from '../api/moderation.ts';

type Shown = Pick<ReviewItem, 'title' | 'summary' | 'conditions' | 'priceType' | 'validFrom' | 'validUntil'> & {
  regularPriceCents?: number | null;
  discountPercent?: number | null;
  amountOffCents?: number | null;
  fixedPriceCents?: number | null;
  reducedPriceCents?: number | null;
};

const euros = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '–' : `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** One offer (or change) to decide: what it says, and approve, ask for changes, or suspend. */
export function ReviewCard({
  offer,
  busy,
  onApprove,
  onRequestChanges,
  onSuspend,
}: {
  offer: ReviewItem;
  busy: boolean;
  onApprove: () => void;
  onRequestChanges: (comment: string) => void;
  onSuspend: (reason: string) => void;
}) {
  const { t } = useTranslation('moderation');
  const [mode, setMode] = useState<'comment' | 'suspend' | null>(null);
  const [text, setText] = useState('');
  const shown = (offer.pendingChanges as Shown | null) ?? offer;
  const id = `review-${offer.id}`;
  return (
    <article aria-labelledby={id} className="sp-review-card">
      <Heading level={2} id={id}>
        {shown.title}
      </Heading>
      <Paragraph>
        {offer.providerName} · {offer.pendingChanges ? t('kind.change', { title: offer.title }) : t('kind.new')}
      </Paragraph>
      <dl>
        <dt>{t('fields.summary')}</dt>
        <dd>{shown.summary || '–'}</dd>
        <dt>{t('fields.price')}</dt>
        <dd>
          {t(`priceTypes.${shown.priceType}`)}: {euros(shown.regularPriceCents)}
          {shown.discountPercent ? ` −${shown.discountPercent}%` : ''}
          {shown.amountOffCents ? ` −${euros(shown.amountOffCents)}` : ''}
          {shown.fixedPriceCents !== null && shown.fixedPriceCents !== undefined
            ? ` → ${euros(shown.fixedPriceCents)}`
            : ''}
        </dd>
        <dt>{t('fields.reduced')}</dt>
        <dd>{euros(shown.reducedPriceCents)}</dd>
        <dt>{t('fields.conditions')}</dt>
        <dd>{shown.conditions || '–'}</dd>
        <dt>{t('fields.validity')}</dt>
        <dd>
          {shown.validFrom} – {shown.validUntil}
        </dd>
      </dl>
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={busy} onClick={onApprove}>
          {t('approve', { title: shown.title })}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => setMode('comment')}>
          {t('requestChanges')}
        </Button>
        <Button appearance="subtle-button" disabled={busy} onClick={() => setMode('suspend')}>
          {t('suspend')}
        </Button>
      </ButtonGroup>
      {mode && (
        <form
          className="sp-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            if (mode === 'comment') onRequestChanges(text.trim());
            else onSuspend(text.trim());
          }}
        >
          <Field id={`${id}-text`} label={mode === 'comment' ? t('commentLabel') : t('reasonLabel')}>
            <textarea
              id={`${id}-text`}
              className="utrecht-textarea"
              rows={3}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            {mode === 'comment' ? t('sendComment') : t('confirmSuspend')}
          </Button>
        </form>
      )}
    </article>
  );
}
