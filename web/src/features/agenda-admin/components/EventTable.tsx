import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import type { EditableEvent } from '../api/agenda-admin.ts';
import { fromRrule } from './repeat.ts';

/** Events that have not ended, each with a link to edit it. */
export function EventTable({ events, base }: { events: EditableEvent[]; base: string }) {
  const { t } = useTranslation('agenda-admin');
  if (events.length === 0) return <Paragraph>{t('list.empty')}</Paragraph>;
  const when = (e: EditableEvent) => `${e.startsAt.slice(0, 10)} ${e.startsAt.slice(11)}–${e.endsAt.slice(11)}`;
  return (
    <TableScroll label={t('list.events')}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('list.title')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.repeat')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.offer')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((e) => (
            <TableRow key={e.id}>
              <TableCell>
                <RouterLink to={`${base}/${e.id}`}>{e.title}</RouterLink>
              </TableCell>
              <TableCell>{when(e)}</TableCell>
              <TableCell>{t(`event.repeats.${fromRrule(e.rrule).kind}`)}</TableCell>
              <TableCell>{e.offerTitle ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
