import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, FormField, FormLabel, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { NotFoundPage } from '../../../components/NotFoundPage.tsx';
import { ADMIN_SECTIONS, useAdminList, type AdminList, type AdminSection } from '../api/admin.ts';
import { AdminOverview } from '../components/AdminOverview.tsx';
import { HoldersTable, OffersTable, ProvidersTable, RedemptionsTable } from '../components/AdminTables.tsx';

function SectionList<S extends AdminSection>({
  section,
  table,
}: {
  section: S;
  table: (rows: AdminList<S>['items'], caption: string) => ReactNode;
}) {
  const { t } = useTranslation('admin');
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const list = useAdminList(section, { page, q: section === 'pashouders' ? query || undefined : undefined });
  const caption = t(`admin.sections.${section}`);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setQuery(q.trim());
  };

  return (
    <>
      {section === 'pashouders' && (
        <form role="search" aria-label={t('admin.searchHolders')} onSubmit={search} className="sp-form">
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="holder-q">{t('admin.searchHolders')}</FormLabel>
            </div>
            <div className="sp-search__row">
              <Textbox id="holder-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
              <Button type="submit" appearance="secondary-action-button">
                {t('common.search')}
              </Button>
            </div>
          </FormField>
        </form>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && (
        <>
          <Paragraph role="status">{t('paging.total', { count: list.data.page.totalItems })}</Paragraph>
          {table(list.data.items, caption)}
          <Pager page={list.data.page} onChange={setPage} label={t('paging.of', { section: caption })} />
        </>
      )}
    </>
  );
}

const isSection = (value: string): value is AdminSection => (ADMIN_SECTIONS as readonly string[]).includes(value);

export default function AdminPage() {
  const { section } = useParams();
  // /beheer/actiebudget and any other unknown part of Beheer: a clear "not found", never another page.
  if (section !== undefined && !isSection(section)) return <NotFoundPage />;
  return <AdminSectionPage section={section ?? 'pashouders'} overview={section === undefined} />;
}

/** A list of Beheer; /beheer itself first shows every other part of Beheer (`overview`). */
function AdminSectionPage({ section, overview }: { section: AdminSection; overview: boolean }) {
  const { t } = useTranslation('admin');
  usePageTitle(`${t('admin.title')}: ${t(`admin.sections.${section}`)}`);

  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      {overview && <AdminOverview />}
      <nav aria-label={t('admin.sectionsLabel')} className="sp-tabs">
        <ul className="sp-tabs__list">
          {ADMIN_SECTIONS.map((s) => (
            <li key={s} className="sp-tabs__item">
              <RouterLink to={`/beheer/${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(`admin.sections.${s}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <Heading level={2}>{t(`admin.sections.${section}`)}</Heading>
      {section === 'pashouders' && (
        <SectionList
          key={section}
          section={section}
          table={(rows, caption) => <HoldersTable rows={rows} caption={caption} />}
        />
      )}
      {section === 'aanbieders' && (
        <SectionList
          key={section}
          section={section}
          table={(rows, caption) => <ProvidersTable rows={rows} caption={caption} />}
        />
      )}
      {section === 'aanbod' && (
        <SectionList
          key={section}
          section={section}
          table={(rows, caption) => <OffersTable rows={rows} caption={caption} />}
        />
      )}
      {section === 'verzilveringen' && (
        <SectionList
          key={section}
          section={section}
          table={(rows, caption) => <RedemptionsTable rows={rows} caption={caption} />}
        />
      )}
    </>
  );
}
