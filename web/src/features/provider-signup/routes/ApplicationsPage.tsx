import { useState } from 'react';
import { Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useApplications, type ApplicationStatus } from '../api/provider-signup.ts';
import { ApplicationCard } from '../components/ApplicationCard.tsx';
import '../provider-signup.css';

const STATUSES: ApplicationStatus[] = ['submitted', 'questions_asked', 'approved', 'declined'];

/** "Aanmeldingen": the pass organisation reads sign-ups and approves, asks questions or declines. */
export default function ApplicationsPage() {
  const { t } = useTranslation('provider-signup');
  usePageTitle(t('applications.title'));
  const [status, setStatus] = useState<ApplicationStatus | ''>('submitted');
  const [page, setPage] = useState(1);
  const applications = useApplications(status, page);
  return (
    <div className="sp-applications">
      <Heading level={1}>{t('applications.title')}</Heading>
      <Paragraph appearance="lead">{t('applications.intro')}</Paragraph>
      <Field id="applications-status" label={t('applications.show')}>
        <Select
          id="applications-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ApplicationStatus | '');
            setPage(1);
          }}
        >
          <SelectOption value="">{t('applications.all')}</SelectOption>
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {t(`applications.status.${s}`)}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {applications.isPending && <Loading />}
      {applications.isError && <ErrorMessage error={applications.error} />}
      {applications.data &&
        (applications.data.items.length === 0 ? (
          <Paragraph>{t('applications.none')}</Paragraph>
        ) : (
          <>
            {applications.data.items.map((a) => (
              <ApplicationCard key={a.id} application={a} />
            ))}
            <Pager page={applications.data.page} onChange={setPage} label={t('applications.paging')} />
          </>
        ))}
    </div>
  );
}
