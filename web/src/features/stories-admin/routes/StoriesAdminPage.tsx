import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAdminStories, type StoryStatus } from '../api/stories-admin.ts';

const ORDER: readonly StoryStatus[] = ['in_review', 'draft', 'scheduled', 'published', 'withdrawn'];

/** The editors' desk: every story by status, stories waiting for review first. */
export default function StoriesAdminPage() {
  const { t, i18n } = useTranslation('stories-admin');
  usePageTitle(t('list.title'));
  const stories = useAdminStories();
  return (
    <>
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph>{t('list.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer/verhalen/nieuw">{t('list.new')}</RouterLink>
      </Paragraph>
      {stories.isPending ? (
        <Loading />
      ) : stories.isError ? (
        <ErrorMessage error={stories.error} />
      ) : (
        ORDER.map((status) => {
          const items = stories.data.items.filter((s) => s.status === status);
          if (items.length === 0) return null;
          return (
            <section key={status} aria-labelledby={`stories-${status}`}>
              <Heading level={2} id={`stories-${status}`}>
                {t(`status.${status}`)} ({items.length})
              </Heading>
              <TableScroll label={t(`status.${status}`)}>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('list.story')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('list.kind')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('list.from')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('list.when')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {items.map((s) => (
                      <TableRow key={s.id}>
                        <TableCell>
                          <RouterLink to={`/beheer/verhalen/${s.id}`}>{s.title}</RouterLink>
                        </TableCell>
                        <TableCell>{t(`kind.${s.kind}`)}</TableCell>
                        <TableCell>{s.submittedByName ?? t('list.editors')}</TableCell>
                        <TableCell>{formatDateTime(s.publishAt ?? s.updatedAt, i18n.language)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            </section>
          );
        })
      )}
    </>
  );
}
