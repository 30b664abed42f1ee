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
import { useAdminRoutes } from '../api/route-admin.ts';

/** Every route, active or not, in the order the public sees them, each with a link to edit it. */
export default function RouteAdminPage() {
  const { t } = useTranslation('route-admin');
  usePageTitle(t('list.title'));
  const routes = useAdminRoutes();
  return (
    <>
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph>{t('list.intro')}</Paragraph>
      {routes.isPending && <Loading />}
      {routes.isError && <ErrorMessage error={routes.error} />}
      {routes.data && (
        <TableScroll label={t('list.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('list.order')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.address')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.shown')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {routes.data.items.map((route) => (
                <TableRow key={route.id}>
                  <TableCell>{route.sortOrder}</TableCell>
                  <TableCell>
                    <RouterLink to={`/beheer/routes/${route.id}`}>{route.name}</RouterLink>
                  </TableCell>
                  <TableCell>/routes/{route.slug}</TableCell>
                  <TableCell>{route.isActive ? t('list.yes') : t('list.no')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
