import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { CONDITIONS, usePolicyGoals } from '../api/insight.ts';
import { YearSelect, yearFrom } from '../components/YearSelect.tsx';

/** "Beleid en inzicht": the opgaven (mine first) to their kansenkaart, the six dashboards, the Jaarplan Opgaven. */
export default function InsightPage() {
  const { t } = useTranslation('insight');
  usePageTitle(t('title'));
  const [params, setParam] = useSearchParamSetter();
  const year = yearFrom(params);
  const goals = usePolicyGoals();
  const sorted = [...(goals.data?.items ?? [])].sort((a, b) => Number(b.mine) - Number(a.mine));

  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      <section aria-labelledby="goals-heading">
        <Heading level={2} id="goals-heading">
          {t('goals.title')}
        </Heading>
        <Paragraph>{t('goals.intro')}</Paragraph>
        {goals.isPending && <Loading />}
        {goals.isError && <ErrorMessage error={goals.error} />}
        <UnorderedList>
          {sorted.map((g) => (
            <UnorderedListItem key={g.id}>
              <RouterLink to={`/beleid/opgaven/${g.id}`}>{t('goals.kansenkaart', { name: g.name })}</RouterLink>
              {g.mine && <span className="sp-meta"> ({t('goals.mine')})</span>}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section aria-labelledby="dashboards-heading">
        <Heading level={2} id="dashboards-heading">
          {t('dashboards.title')}
        </Heading>
        <Paragraph>{t('dashboards.intro')}</Paragraph>
        <UnorderedList>
          {CONDITIONS.map((c) => (
            <UnorderedListItem key={c}>
              <RouterLink to={`/beleid/dashboards/${c}`}>{t(`condition.${c}.title`)}</RouterLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section aria-labelledby="plan-heading">
        <Heading level={2} id="plan-heading">
          {t('plan.title')}
        </Heading>
        <Paragraph>{t('plan.intro')}</Paragraph>
        <YearSelect year={year} onChange={(y) => setParam('jaar', String(y))} />
        <Paragraph>
          <Link href={`/api/v1/annual-plans/${year}/report?format=pdf`} download>
            {t('plan.pdf', { year })}
          </Link>{' '}
          ·{' '}
          <Link href={`/api/v1/annual-plans/${year}/report?format=csv`} download>
            {t('plan.csv', { year })}
          </Link>
        </Paragraph>
      </section>
    </>
  );
}
