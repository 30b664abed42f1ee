import { useState } from 'react';
import {
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useReviewQueue, type ReviewFilter } from '../api/review.ts';

const STATUSES = ['submitted', 'information_requested', 'approved', 'rejected', 'withdrawn'] as const;
const GROUNDS = ['minimum', 'carer'] as const;

/** "Aanvragen gratis pas": the review queue, oldest first, with filters. */
export default function ReviewQueuePage() {
  const { t, i18n } = useTranslation('application-review');
  usePageTitle(t('queue.title'));
  const [filter, setFilter] = useState<ReviewFilter>({ status: 'submitted', ground: '', assignedTo: '' });
  const [page, setPage] = useState(1);
  const queue = useReviewQueue(filter, page);
  const change = (next: Partial<ReviewFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(1);
  };

  return (
    <>
      <Heading level={1}>{t('queue.title')}</Heading>
      <Paragraph>{t('queue.intro')}</Paragraph>
      <form className="sp-form" aria-label={t('queue.filters')} onSubmit={(e) => e.preventDefault()}>
        <Field id="filter-status" label={t('queue.status')}>
          <Select
            id="filter-status"
            value={filter.status}
            onChange={(e) => change({ status: e.target.value as ReviewFilter['status'] })}
          >
            <SelectOption value="">{t('queue.all')}</SelectOption>
            {STATUSES.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`status.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="filter-ground" label={t('queue.ground')}>
          <Select
            id="filter-ground"
            value={filter.ground}
            onChange={(e) => change({ ground: e.target.value as ReviewFilter['ground'] })}
          >
            <SelectOption value="">{t('queue.all')}</SelectOption>
            {GROUNDS.map((g) => (
              <SelectOption key={g} value={g}>
                {t(`ground.${g}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="filter-assigned" label={t('queue.assigned')}>
          <Select
            id="filter-assigned"
            value={filter.assignedTo}
            onChange={(e) => change({ assignedTo: e.target.value })}
          >
            <SelectOption value="">{t('queue.anyone')}</SelectOption>
            <SelectOption value="me">{t('queue.me')}</SelectOption>
            <SelectOption value="nobody">{t('queue.nobody')}</SelectOption>
          </Select>
        </Field>
      </form>
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorMessage error={queue.error} />}
      {queue.data && queue.data.items.length === 0 && <Paragraph>{t('queue.empty')}</Paragraph>}
      {queue.data && queue.data.items.length > 0 && (
        <>
          <TableScroll label={t('queue.tableLabel')}>
            <Table>
              <TableCaption>{t('queue.caption', { count: queue.data.page.totalItems })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('queue.applicant')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('queue.ground')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('queue.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('queue.people')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('queue.files')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('queue.assigned')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('queue.submitted')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {queue.data.items.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      <RouterLink to={`/beheer/aanvragen/${a.id}`}>{a.applicantName}</RouterLink>
                    </TableCell>
                    <TableCell>{t(`ground.${a.ground}`)}</TableCell>
                    <TableCell>{t(`status.${a.status}`)}</TableCell>
                    <TableCell>{a.householdSize}</TableCell>
                    <TableCell>{a.evidenceCount}</TableCell>
                    <TableCell>{a.assignedTo?.name ?? t('queue.nobody')}</TableCell>
                    <TableCell>{formatDate(a.submittedAt, i18n.language)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <Pager page={queue.data.page} onChange={setPage} label={t('queue.paging')} />
        </>
      )}
    </>
  );
}
