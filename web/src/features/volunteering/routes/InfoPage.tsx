import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Markdown } from '../../../components/Markdown.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useInfoPage } from '../api/volunteering.ts';
import '../volunteering.css';

/** /vrijwilligers/info/:slug: one practical page, its text in safe Markdown (decision 0012). */
export default function InfoPage() {
  const { t } = useTranslation('volunteering');
  const { slug = '' } = useParams();
  const page = useInfoPage(slug);
  usePageTitle(page.data?.title ?? t('hub.info'));
  return (
    <div className="sp-volunteering">
      {page.isPending && <Loading />}
      {page.isError && (
        <>
          <Heading level={1}>{t('hub.info')}</Heading>
          <ErrorMessage error={page.error} />
        </>
      )}
      {page.data && (
        <article>
          <Heading level={1}>{page.data.title}</Heading>
          {page.data.summary && <Paragraph appearance="lead">{page.data.summary}</Paragraph>}
          <Markdown text={page.data.bodyMarkdown} />
        </article>
      )}
      <Paragraph>
        <RouterLink to="/vrijwilligers">{t('hub.back')}</RouterLink>
      </Paragraph>
    </div>
  );
}
