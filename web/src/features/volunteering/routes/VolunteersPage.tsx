import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useInfoPages } from '../api/volunteering.ts';
import '../volunteering.css';

/** /vrijwilligers: one place for volunteers and initiatives: practical pages, money, vacancies and help. */
export default function VolunteersPage() {
  const { t } = useTranslation('volunteering');
  usePageTitle(t('hub.title'));
  const pages = useInfoPages();
  return (
    <div className="sp-volunteering">
      <Heading level={1}>{t('hub.title')}</Heading>
      <Paragraph appearance="lead">{t('hub.intro')}</Paragraph>

      <section aria-labelledby="hub-join">
        <Heading level={2} id="hub-join">
          {t('hub.join')}
        </Heading>
        <ul>
          <li>
            <RouterLink to="/vrijwilligers/vacatures">{t('hub.vacancies')}</RouterLink>
          </li>
          <li>
            <RouterLink to="/vrijwilligers/hulpvragen">{t('hub.helpRequests')}</RouterLink>
          </li>
          <li>
            <RouterLink to="/vrijwilligers/mijn-profiel">{t('hub.profile')}</RouterLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="hub-money">
        <Heading level={2} id="hub-money">
          {t('hub.money')}
        </Heading>
        <Paragraph>{t('hub.moneyText')}</Paragraph>
        <ul>
          <li>
            <RouterLink to="/regelingen?voor=initiatives">{t('hub.budgets')}</RouterLink>
          </li>
          <li>
            <RouterLink to="/partner-worden">{t('hub.becomePartner')}</RouterLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="hub-info">
        <Heading level={2} id="hub-info">
          {t('hub.info')}
        </Heading>
        {pages.isPending && <Loading />}
        {pages.isError && <ErrorMessage error={pages.error} />}
        {pages.data && (
          <ul className="sp-volunteering__list">
            {pages.data.items.map((p) => (
              <li key={p.id} className="sp-volunteering__card">
                <Heading level={3}>
                  <RouterLink to={`/vrijwilligers/info/${p.slug}`}>{p.title}</RouterLink>
                </Heading>
                {p.summary && <Paragraph>{p.summary}</Paragraph>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
