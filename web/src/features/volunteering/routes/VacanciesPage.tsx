import { FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { AUDIENCES, useVacancies, type VacancyFilters } from '../api/volunteering.ts';
import { RespondButton } from '../components/RespondButton.tsx';
import '../volunteering.css';

/** /vrijwilligers/vacatures: open vacancies of initiatives, by wijk and for whom (young people, students, short projects). */
export default function VacanciesPage() {
  const { t } = useTranslation('volunteering');
  usePageTitle(t('vacancies.title'));
  const [params, set] = useSearchParamSetter();
  const filters: VacancyFilters = {
    wijk: params.get('wijk') ?? undefined,
    audience: (params.get('voor') as VacancyFilters['audience'] | null) ?? undefined,
  };
  const wijken = useWijken();
  const vacancies = useVacancies(filters);
  return (
    <div className="sp-volunteering">
      <Heading level={1}>{t('vacancies.title')}</Heading>
      <Paragraph appearance="lead">{t('vacancies.intro')}</Paragraph>
      <div className="sp-volunteering__filters" role="search" aria-label={t('vacancies.filter')}>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="vacancy-wijk">{t('common.wijk')}</FormLabel>
          </div>
          <Select id="vacancy-wijk" value={filters.wijk ?? ''} onChange={(e) => set('wijk', e.target.value)}>
            <SelectOption value="">{t('vacancies.allWijken')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="vacancy-audience">{t('vacancies.for')}</FormLabel>
          </div>
          <Select id="vacancy-audience" value={filters.audience ?? ''} onChange={(e) => set('voor', e.target.value)}>
            <SelectOption value="">{t('vacancies.everyone')}</SelectOption>
            {AUDIENCES.map((a) => (
              <SelectOption key={a} value={a}>
                {t(`audience.${a}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      {vacancies.isPending && <Loading />}
      {vacancies.isError && <ErrorMessage error={vacancies.error} />}
      {vacancies.data && (
        <section aria-labelledby="vacancy-results">
          <Heading level={2} id="vacancy-results">
            {t('vacancies.results', { count: vacancies.data.items.length })}
          </Heading>
          <ul className="sp-volunteering__list">
            {vacancies.data.items.map((v) => (
              <li key={v.id} className="sp-volunteering__card">
                <Heading level={3}>{v.title}</Heading>
                <Paragraph>{v.description}</Paragraph>
                <Paragraph>
                  {t('vacancies.facts', { partner: v.partner.name, wijk: v.wijk.name })}
                  {v.hoursPerWeek ? ` · ${t('vacancies.hours', { count: v.hoursPerWeek })}` : ''}
                </Paragraph>
                <Paragraph>
                  {[...v.times.map((s) => t(`time.${s}`)), ...v.audiences.map((a) => t(`audience.${a}`))].join(' · ')}
                </Paragraph>
                <RespondButton about={{ vacancyId: v.id }} title={v.title} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
