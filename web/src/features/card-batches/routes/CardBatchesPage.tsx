import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { API_BASE } from '../../../lib/api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCardBatches, useCreateCardBatch, useMarkSent } from '../api/card-batches.ts';

function NewBatchForm({ waiting }: { waiting: number }) {
  const { t } = useTranslation('card-batches');
  const create = useCreateCardBatch();
  const [numbers, setNumbers] = useState('');
  const [requested, setRequested] = useState(waiting > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const passNumbers = numbers
      .split(/[\n,;]+/)
      .map((n) => n.trim())
      .filter(Boolean);
    create.mutate({ ...(passNumbers.length > 0 ? { passNumbers } : {}), requested });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-labelledby="new-batch">
      <Heading level={2} id="new-batch">
        {t('new.title')}
      </Heading>
      <FormField type="checkbox">
        <Checkbox id="batch-requested" checked={requested} onChange={(e) => setRequested(e.target.checked)} />
        <FormLabel htmlFor="batch-requested" type="checkbox">
          {t('new.requested', { count: waiting })}
        </FormLabel>
      </FormField>
      <Field id="batch-numbers" label={t('new.numbers')} hint={t('new.numbersHint')}>
        <Textarea
          id="batch-numbers"
          aria-describedby="batch-numbers-hint"
          rows={4}
          value={numbers}
          onChange={(e) => setNumbers(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
        {t('new.submit')}
      </Button>
      <div role="status" aria-live="polite">
        {create.data ? t('new.made', { count: create.data.cardCount, skipped: create.data.skipped }) : ''}
      </div>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}

/** /beheer/kaarten: make card batches, download the printer's CSV and the PDF proof, mark them sent. */
export default function CardBatchesPage() {
  const { t, i18n } = useTranslation('card-batches');
  usePageTitle(t('title'));
  const batches = useCardBatches();
  const markSent = useMarkSent();
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      {batches.isPending && <Loading />}
      {batches.isError && <ErrorMessage error={batches.error} />}
      {batches.data && <NewBatchForm waiting={batches.data.waitingCount} />}
      <Heading level={2}>{t('list.title')}</Heading>
      {batches.data && batches.data.items.length === 0 && <Paragraph>{t('list.none')}</Paragraph>}
      {batches.data && batches.data.items.length > 0 && (
        <TableScroll label={t('list.title')}>
          <Table>
            <TableCaption className="sp-visually-hidden">{t('list.title')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('list.made')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.cards')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.active')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.files')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.sent')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {batches.data.items.map((batch) => {
                const made = formatDateTime(batch.createdAt, i18n.language);
                return (
                  <TableRow key={batch.id}>
                    <TableCell>{made}</TableCell>
                    <TableCell>{batch.cardCount}</TableCell>
                    <TableCell>{batch.activeCount}</TableCell>
                    <TableCell>
                      <Link href={`${API_BASE}/card-batches/${batch.id}/cards.csv`} download>
                        {t('list.csv', { made })}
                      </Link>{' '}
                      <Link href={`${API_BASE}/card-batches/${batch.id}/proof.pdf`} download>
                        {t('list.proof', { made })}
                      </Link>
                    </TableCell>
                    <TableCell>
                      {batch.sentAt ? (
                        formatDateTime(batch.sentAt, i18n.language)
                      ) : (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          disabled={markSent.isPending}
                          onClick={() => markSent.mutate(batch.id)}
                        >
                          {t('list.markSent', { made })}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {markSent.isError && <ErrorMessage error={markSent.error} />}
    </>
  );
}
