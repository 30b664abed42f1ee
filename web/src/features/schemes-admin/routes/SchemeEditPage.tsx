import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAdminScheme, useSaveScheme } from '../api/schemes-admin.ts';
import { SchemeForm } from '../components/SchemeForm.tsx';
import { SchemeReports } from '../components/SchemeReports.tsx';
import '../../schemes/schemes.css';

/** A new scheme (a draft), or an existing one: its content, its status, and the problem reports about it. */
export default function SchemeEditPage() {
  const { schemeId } = useParams();
  const { t } = useTranslation('schemes-admin');
  const navigate = useNavigate();
  const scheme = useAdminScheme(schemeId);
  const save = useSaveScheme(schemeId);
  const title = schemeId ? (scheme.data?.title ?? t('edit.title')) : t('edit.newTitle');
  usePageTitle(title);
  const back = (
    <Paragraph>
      <RouterLink to="/beheer/regelingen">{t('edit.back')}</RouterLink>
    </Paragraph>
  );
  if (schemeId && (scheme.isPending || scheme.isError))
    return (
      <>
        <Heading level={1}>{t('edit.title')}</Heading>
        {scheme.isPending ? <Loading /> : <ErrorMessage error={scheme.error} />}
        {back}
      </>
    );
  return (
    <div className="sp-schemes">
      {back}
      <Heading level={1}>{title}</Heading>
      {scheme.data && (
        <Paragraph>
          {t('edit.status', { status: t(`status.${scheme.data.status}`) })}{' '}
          {scheme.data.status === 'published' && (
            <RouterLink to={`/regelingen/${scheme.data.slug}`}>{t('edit.view')}</RouterLink>
          )}
        </Paragraph>
      )}
      {save.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('edit.saved')}</Paragraph>
        </Alert>
      )}
      <SchemeForm
        key={scheme.data?.updatedAt ?? 'new'}
        scheme={scheme.data}
        saving={save.isPending}
        error={save.error}
        onSave={(input) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              if (!schemeId) void navigate(`/beheer/regelingen/${saved.id}`);
            },
          })
        }
      />
      {schemeId && <SchemeReports schemeId={schemeId} />}
    </div>
  );
}
