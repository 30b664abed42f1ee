import { useRef, useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCreditSchemes } from '../api/credit.ts';
import { CreateSchemeForm } from '../components/CreateSchemeForm.tsx';
import { LedgerExport } from '../components/LedgerExport.tsx';
import { SchemeTable } from '../components/SchemeTable.tsx';
import '../credit-admin.css';

/** /beheer/tegoed: the credit schemes, a form to start one, and the download of the books. */
export default function CreditSchemesPage() {
  const { t } = useTranslation('credit-admin');
  usePageTitle(t('creditAdmin.title'));
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const schemes = useCreditSchemes(page);
  const [announcement, setAnnouncement] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const expired = (message: string) => {
    setAnnouncement(message);
    requestAnimationFrame(() => listHeading.current?.focus());
  };

  return (
    <div className="sp-credit-admin">
      <Heading level={1}>{t('creditAdmin.title')}</Heading>
      <Paragraph appearance="lead">{t('creditAdmin.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer">{t('creditAdmin.backToAdmin')}</RouterLink>
      </Paragraph>

      <section aria-labelledby="schemes-heading">
        <Heading level={2} id="schemes-heading" tabIndex={-1} ref={listHeading}>
          {t('creditAdmin.list.title')}
        </Heading>
        <div role="status" aria-live="polite" className="sp-credit-status">
          {announcement}
        </div>
        {schemes.isPending && <Loading />}
        {schemes.isError && <ErrorMessage error={schemes.error} />}
        {schemes.data &&
          (schemes.data.items.length === 0 ? (
            <Paragraph>{t('creditAdmin.list.none')}</Paragraph>
          ) : (
            <>
              <SchemeTable schemes={schemes.data.items} onExpired={expired} />
              <Pager page={schemes.data.page} onChange={setPage} label={t('creditAdmin.list.paging')} />
            </>
          ))}
      </section>

      <section aria-labelledby="create-scheme-heading">
        <Heading level={2} id="create-scheme-heading">
          {t('creditAdmin.create.title')}
        </Heading>
        <CreateSchemeForm
          onCreated={(scheme) => navigate(`/beheer/tegoed/${scheme.id}`, { state: { created: true } })}
        />
      </section>

      <LedgerExport />
    </div>
  );
}
