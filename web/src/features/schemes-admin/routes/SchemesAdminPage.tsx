import {
  Button,
  Heading,
  Paragraph,
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
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAdminSchemes, useChangeStatus, type AdminScheme } from '../api/schemes-admin.ts';

/** Publish a draft, archive a published scheme, or bring an archived one back as a draft. */
function StatusButton({ scheme }: { scheme: AdminScheme }) {
  const { t } = useTranslation('schemes-admin');
  const change = useChangeStatus();
  const next = scheme.status === 'published' ? 'archived' : scheme.status === 'draft' ? 'published' : 'draft';
  return (
    <>
      <Button
        appearance="secondary-action-button"
        busy={change.isPending}
        disabled={change.isPending}
        onClick={() => change.mutate({ schemeId: scheme.id, status: next })}
      >
        {t(`actions.${next}`, { title: scheme.title })}
      </Button>
      {change.isError && <ErrorMessage error={change.error} />}
    </>
  );
}

/** "Regelingen beheren": every scheme with its status and open problem reports. */
export default function SchemesAdminPage() {
  const { t } = useTranslation('schemes-admin');
  usePageTitle(t('list.title'));
  const schemes = useAdminSchemes();
  const caption = t('list.title');
  return (
    <>
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph>{t('list.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer/regelingen/nieuw">{t('list.new')}</RouterLink>
      </Paragraph>
      {schemes.isPending && <Loading />}
      {schemes.isError && <ErrorMessage error={schemes.error} />}
      {schemes.data && (
        <TableScroll label={caption}>
          <Table>
            <TableCaption className="sp-visually-hidden">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                {['title', 'audience', 'status', 'reports', 'action'].map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    {t(`list.columns.${c}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {schemes.data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>
                    <RouterLink to={`/beheer/regelingen/${s.id}`}>{s.title}</RouterLink>
                  </TableCell>
                  <TableCell>{t(`audience.${s.audience}`)}</TableCell>
                  <TableCell>{t(`status.${s.status}`)}</TableCell>
                  <TableCell>{s.openReports}</TableCell>
                  <TableCell>
                    <StatusButton scheme={s} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
