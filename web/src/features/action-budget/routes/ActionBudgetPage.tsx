import { FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { SponsorStrip } from '../../../components/SponsorStrip.tsx';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useActionBudgetSummary, type ActionBudgetSummary } from '../api/action-budget.ts';
import { AmountTable, MonthTable } from '../components/BudgetTables.tsx';
import { MonthlyChart } from '../components/MonthlyChart.tsx';
import '../action-budget.css';

/** The totals of the year in plain words: the first thing a reader (or a screen reader) gets. */
function TextSummary({ summary }: { summary: ActionBudgetSummary }) {
  const { t, i18n } = useTranslation('action-budget');
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const { totals, year } = summary;
  return (
    <div className="sp-budget__text">
      <Paragraph>
        {t('actionBudget.textIn', {
          year,
          total: money(totals.inCents),
          passSales: money(totals.passSalesCents),
          sponsors: money(totals.sponsorsCents),
        })}
        {totals.otherCents > 0 && ` ${t('actionBudget.textOtherIn', { amount: money(totals.otherCents) })}`}
      </Paragraph>
      <Paragraph>
        {t('actionBudget.textOut', { total: money(totals.outCents), grants: money(totals.grantsCents) })}
        {totals.otherOutCents > 0 && ` ${t('actionBudget.textOtherOut', { amount: money(totals.otherOutCents) })}`}
      </Paragraph>
      <Paragraph>
        {t('actionBudget.textBalance', {
          year,
          opening: money(summary.openingBalanceCents),
          closing: money(summary.closingBalanceCents),
        })}
      </Paragraph>
    </div>
  );
}

/** "Waar gaat het actiebudget naartoe?": public, no login. Where the money came from and went to, per month. */
export default function ActionBudgetPage() {
  const { t, i18n } = useTranslation('action-budget');
  usePageTitle(t('actionBudget.title'));
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('jaar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
  const summary = useActionBudgetSummary(year);
  const data = summary.data;
  const money = (cents: number) => formatMoney(cents, i18n.language);

  return (
    <div className="sp-budget">
      <Heading level={1}>{t('actionBudget.title')}</Heading>
      <Paragraph appearance="lead">{t('actionBudget.intro')}</Paragraph>
      {summary.isPending && <Loading />}
      {summary.isError && <ErrorMessage error={summary.error} />}
      {data && (
        <>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="budget-year">{t('actionBudget.year')}</FormLabel>
            </div>
            <Select id="budget-year" value={String(data.year)} onChange={(e) => setParams({ jaar: e.target.value })}>
              {data.years.map((y) => (
                <SelectOption key={y} value={String(y)}>
                  {y}
                </SelectOption>
              ))}
            </Select>
          </FormField>

          <section aria-labelledby="budget-summary-heading">
            <Heading level={2} id="budget-summary-heading">
              {t('actionBudget.summaryHeading', { year: data.year })}
            </Heading>
            <TextSummary summary={data} />
          </section>

          <section aria-labelledby="budget-months-heading">
            <Heading level={2} id="budget-months-heading">
              {t('actionBudget.monthsHeading')}
            </Heading>
            <Paragraph>{t('actionBudget.monthsIntro')}</Paragraph>
            <div className="sp-budget__figures">
              <MonthlyChart months={data.months} year={data.year} />
              <MonthTable summary={data} />
            </div>
          </section>

          <section aria-labelledby="budget-wijk-heading">
            <Heading level={2} id="budget-wijk-heading">
              {t('actionBudget.byWijkHeading')}
            </Heading>
            {data.byWijk.length === 0 ? (
              <Paragraph>{t('actionBudget.nothingSpent', { year: data.year })}</Paragraph>
            ) : (
              <AmountTable
                caption={t('actionBudget.byWijkCaption', { year: data.year })}
                nameHeader={t('actionBudget.wijk')}
                rows={data.byWijk.map((w) => ({ key: w.wijkCode, name: w.wijkName, amountCents: w.amountCents }))}
              />
            )}
          </section>

          <section aria-labelledby="budget-activity-heading">
            <Heading level={2} id="budget-activity-heading">
              {t('actionBudget.byActivityHeading')}
            </Heading>
            {data.byActivity.length === 0 ? (
              <Paragraph>{t('actionBudget.nothingSpent', { year: data.year })}</Paragraph>
            ) : (
              <AmountTable
                caption={t('actionBudget.byActivityCaption', { year: data.year })}
                nameHeader={t('actionBudget.activity')}
                rows={data.byActivity.map((a) => ({
                  key: a.activityName,
                  name: a.activityName,
                  amountCents: a.amountCents,
                }))}
              />
            )}
          </section>

          {data.activitiesByWijk.length > 0 && (
            <section aria-labelledby="budget-funded-heading">
              <Heading level={2} id="budget-funded-heading">
                {t('actionBudget.fundedHeading')}
              </Heading>
              <Paragraph>{t('actionBudget.fundedIntro')}</Paragraph>
              {data.activitiesByWijk.map((w) => (
                <div key={w.wijkCode} className="sp-budget__funded">
                  <Heading level={3}>{w.wijkName}</Heading>
                  <ul>
                    {w.activities.map((a) => (
                      <li key={a.activityName}>
                        {a.activityName}: {money(a.amountCents)}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}

          <section aria-labelledby="budget-sponsors-heading">
            <Heading level={2} id="budget-sponsors-heading">
              {t('actionBudget.sponsorsHeading')}
            </Heading>
            {data.sponsors.length === 0 && data.anonymousSponsors.count === 0 && (
              <Paragraph>{t('actionBudget.noSponsors', { year: data.year })}</Paragraph>
            )}
            {data.sponsors.length > 0 && (
              <ul className="sp-budget__sponsors">
                {data.sponsors.map((s) => (
                  <li key={s.name}>
                    <strong>{s.name}</strong>: {money(s.amountCents)}
                    {s.publicityText && (
                      <>
                        . <q>{s.publicityText}</q>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {data.anonymousSponsors.count > 0 && (
              <Paragraph>
                {t('actionBudget.anonymousSponsors', {
                  count: data.anonymousSponsors.count,
                  amount: money(data.anonymousSponsors.amountCents),
                })}
              </Paragraph>
            )}
          </section>
        </>
      )}
      <SponsorStrip />
    </div>
  );
}
