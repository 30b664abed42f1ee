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
import { useAdminSchemes, useChangeStatus, useSchemeReports, type AdminScheme } from '../api/schemes-admin.ts';
import { formatDateTime } from '../../../lib/format.ts';
import '../../schemes/schemes.css';

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

/** The problem reports not answered yet, over all schemes, newest first: each links to its scheme. */
function OpenReports() {
  const { t, i18n } = useTranslation('schemes-admin');
  const reports = useSchemeReports(undefined);
  const open = reports.data?.items.filter((r) => r.answeredAt === null) ?? [];
  return (
    <section aria-labelledby="open-reports">
      <Heading level={2} id="open-reports">
        {t('openReports.title')}
      </Heading>
      {reports.isError && <ErrorMessage error={reports.error} />}
      {reports.data && open.length === 0 && <Paragraph>{t('openReports.none')}</Paragraph>}
      <ul className="sp-scheme-list">
        {open.map((r) => (
          <li key={r.id} className="sp-scheme-card">
            <Paragraph>
              <RouterLink to={`/beheer/regelingen/${r.schemeId}`}>{r.schemeTitle}</RouterLink>,{' '}
              {formatDateTime(r.createdAt, i18n.language)}
            </Paragraph>
            <Paragraph>{r.message}</Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Regelingen beheren": every scheme with its status and open problem reports. */
export default function SchemesAdminPage() {
  const { t } = useTranslation('schemes-admin');
  usePageTitle(t('list.title'));
  const schemes = useAdminSchemes();
  const caption = t('list.title');
  return (
    <div className="sp-schemes">
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
      <OpenReports />
    </div>
  );
}
