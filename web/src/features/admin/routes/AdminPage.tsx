import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import {
  useAdminList,
  type AdminHolder,
  type AdminOffer,
  type AdminProvider,
  type AdminRedemption,
  type AdminSection,
} from '../api/admin.ts';
import { HoldersTable, OffersTable, ProvidersTable, RedemptionsTable } from '../components/AdminTables.tsx';

const SECTIONS: AdminSection[] = ['pashouders', 'aanbieders', 'aanbod', 'verzilveringen'];

function SectionList({ section }: { section: AdminSection }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const list = useAdminList<unknown>(section, { page, q: section === 'pashouders' ? query || undefined : undefined });
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
                {t('catalogue.search')}
              </Button>
            </div>
          </FormField>
        </form>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && (
        <>
          <Paragraph role="status">{t('admin.total', { count: list.data.page.totalItems })}</Paragraph>
          {section === 'pashouders' && <HoldersTable caption={caption} rows={list.data.items as AdminHolder[]} />}
          {section === 'aanbieders' && <ProvidersTable caption={caption} rows={list.data.items as AdminProvider[]} />}
          {section === 'aanbod' && <OffersTable caption={caption} rows={list.data.items as AdminOffer[]} />}
          {section === 'verzilveringen' && (
            <RedemptionsTable caption={caption} rows={list.data.items as AdminRedemption[]} />
          )}
          <Pager page={list.data.page} onChange={setPage} label={t('admin.paging', { section: caption })} />
        </>
      )}
    </>
  );
}

export default function AdminPage() {
  const { t } = useTranslation();
  const params = useParams();
  const section = (SECTIONS as string[]).includes(params.section ?? '')
    ? (params.section as AdminSection)
    : 'pashouders';
  usePageTitle(`${t('admin.title')}: ${t(`admin.sections.${section}`)}`);

  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <nav aria-label={t('admin.sectionsLabel')} className="sp-tabs">
        <ul className="sp-tabs__list">
          {SECTIONS.map((s) => (
            <li key={s} className="sp-tabs__item">
              <RouterLink to={`/beheer/${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(`admin.sections.${s}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <Heading level={2}>{t(`admin.sections.${section}`)}</Heading>
      <SectionList key={section} section={section} />
    </>
  );
}
