import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useTop30 } from '../api/partners.ts';
import '../partners.css';

/** /top-30: the public top 30 of volunteer activities, recomputed monthly. */
export default function Top30Page() {
  const { t } = useTranslation('partners');
  usePageTitle(t('top30.title'));
  const top = useTop30();
  return (
    <div className="sp-partners">
      <Heading level={1}>{t('top30.title')}</Heading>
      <Paragraph appearance="lead">{t('top30.intro')}</Paragraph>
      {top.isPending && <Loading />}
      {top.isError && <ErrorMessage error={top.error} />}
      {top.data && top.data.items.length === 0 && <Paragraph>{t('top30.none')}</Paragraph>}
      {top.data && top.data.items.length > 0 && (
        <>
          <Paragraph>
            {t('top30.weights', {
              month: top.data.month,
              reach: top.data.weights.reach,
              jury: top.data.weights.jury,
              org: top.data.weights.volunteerOrganisation,
            })}
          </Paragraph>
          <ol className="sp-partners__top30">
            {top.data.items.map((i) => (
              <li key={i.nominationId} className="sp-partners__card">
                <Heading level={2}>{i.title}</Heading>
                <Paragraph>{i.description}</Paragraph>
                <Paragraph>
                  {t('top30.facts', {
                    partner: i.partnerName,
                    wijk: i.wijk.name,
                    reach: i.reach.suppressed ? t('top30.fewerThan10') : i.reach.value,
                    score: i.score,
                  })}{' '}
                  {i.onThePass ? t('top30.onThePass') : t('top30.notOnThePass')}
                </Paragraph>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
