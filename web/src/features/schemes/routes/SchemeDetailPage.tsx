import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useScheme } from '../api/schemes.ts';
import { Markdown } from '../components/Markdown.tsx';
import { NextStep } from '../components/NextStep.tsx';
import { ReportForm } from '../components/ReportForm.tsx';
import '../schemes.css';

/** One scheme: for whom, the conditions, the amount, how and where to apply, and a way to report a problem. */
export default function SchemeDetailPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('schemes');
  const scheme = useScheme(slug);
  usePageTitle(scheme.data?.title ?? t('detail.title'));
  const back = (
    <Paragraph>
      <RouterLink to="/regelingen">{t('detail.back')}</RouterLink>
    </Paragraph>
  );

  if (scheme.isPending || scheme.isError)
    return (
      <>
        <Heading level={1}>{t('detail.title')}</Heading>
        {scheme.isPending ? <Loading /> : <ErrorMessage error={scheme.error} />}
        {back}
      </>
    );
  const s = scheme.data;
  return (
    <article className="sp-schemes">
      {back}
      <Heading level={1}>{s.title}</Heading>
      <Paragraph appearance="lead">{s.summary}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>{t('detail.provider')}</DataListKey>
          <DataListValue>{s.providerName || t(`providerKind.${s.providerKind}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('detail.audience')}</DataListKey>
          <DataListValue>{t(`audience.${s.audience}`)}</DataListValue>
        </DataListItem>
        {s.lifeEvents.length > 0 && (
          <DataListItem>
            <DataListKey>{t('detail.lifeEvents')}</DataListKey>
            <DataListValue>{s.lifeEvents.map((e) => t(`lifeEvent.${e}`)).join(', ')}</DataListValue>
          </DataListItem>
        )}
        {s.grantsPass && s.passPriceCents !== null && (
          <DataListItem>
            <DataListKey>{t('detail.pass')}</DataListKey>
            <DataListValue>
              {s.passPriceCents === 0
                ? t('detail.passFree')
                : t('detail.passReduced', { price: formatMoney(s.passPriceCents, i18n.language) })}
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      {s.bodyMarkdown && <Markdown text={s.bodyMarkdown} headingLevel={2} />}
      {s.whoFor && (
        <section>
          <Heading level={2}>{t('detail.whoFor')}</Heading>
          <Paragraph>{s.whoFor}</Paragraph>
        </section>
      )}
      {s.criteria && (
        <section>
          <Heading level={2}>{t('detail.criteria')}</Heading>
          <Markdown text={s.criteria} headingLevel={3} />
        </section>
      )}
      {s.amounts && (
        <section>
          <Heading level={2}>{t('detail.amounts')}</Heading>
          <Paragraph>{s.amounts}</Paragraph>
        </section>
      )}
      <section>
        <Heading level={2}>{t('detail.howToApply')}</Heading>
        <NextStep
          title={s.title}
          step={{
            route: s.applyRoute,
            url: s.applyUrl,
            person: s.applyPerson,
            where: s.applyWhere,
            contact: s.contact,
          }}
        />
        {s.grantsPass && (
          <Paragraph>
            <RouterLink to="/gratis-pas">{t('detail.moreAboutFreePass')}</RouterLink>
          </Paragraph>
        )}
      </section>
      <section>
        <Heading level={2}>{t('report.title')}</Heading>
        <Paragraph>{t('report.intro')}</Paragraph>
        <ReportForm slug={s.slug} />
      </section>
    </article>
  );
}
