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
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { PUBLIC_PATH, useAdminGuidePages, type AdminGuideLanguage } from '../api/guide-admin.ts';

/** Each guide page in each language: complete, or how many sections are missing or possibly outdated. */
export default function GuideAdminPage() {
  const { t } = useTranslation('guide-admin');
  usePageTitle(t('list.title'));
  const pages = useAdminGuidePages();
  const status = (l: AdminGuideLanguage) => {
    const parts = [];
    if (l.missing > 0) parts.push(t('list.missing', { count: l.missing }));
    if (l.outdated > 0) parts.push(t('list.outdated', { count: l.outdated }));
    return parts.length > 0 ? parts.join(', ') : t('list.complete');
  };
  return (
    <>
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph>{t('list.intro')}</Paragraph>
      {pages.isPending && <Loading />}
      {pages.isError && <ErrorMessage error={pages.error} />}
      {pages.data?.items.map((page) => (
        <section key={page.page} aria-labelledby={`guide-admin-${page.page}`}>
          <Heading level={2} id={`guide-admin-${page.page}`}>
            {t(`pages.${page.page}`)}
          </Heading>
          <Paragraph>
            {t('list.address')}: <RouterLink to={PUBLIC_PATH[page.page] ?? '/'}>{PUBLIC_PATH[page.page]}</RouterLink>
          </Paragraph>
          <TableScroll label={t(`pages.${page.page}`)}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('list.language')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('list.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.languages.map((l) => (
                  <TableRow key={l.language}>
                    <TableCell>
                      <RouterLink to={`/beheer/paginas/${page.page}/${l.language}`}>
                        {t(`languages.${l.language}`)}
                      </RouterLink>
                    </TableCell>
                    <TableCell>{status(l)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </section>
      ))}
    </>
  );
}
