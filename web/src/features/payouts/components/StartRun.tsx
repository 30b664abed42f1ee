import { useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDate } from '../../../lib/format.ts';
import { lastMonth, useCreateRun, type Run } from '../api/payouts.ts';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Start a settlement run: last month in one click, or a closed period of one's own. */
export function StartRun({ onCreated }: { onCreated: (run: Run) => void }) {
  const { t, i18n } = useTranslation('payouts');
  const create = useCreateRun();
  const month = lastMonth();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<{ start?: string; end?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);

  const runLastMonth = () => {
    setErrors({});
    create.mutate(null, { onSuccess: onCreated });
  };
  const runPeriod = (event: FormEvent) => {
    event.preventDefault();
    const next: { start?: string; end?: string } = {};
    if (!DATE.test(start)) next.start = t('payouts.start.dateMissing');
    if (!DATE.test(end)) next.end = t('payouts.start.dateMissing');
    else if (DATE.test(start) && end < start) next.end = t('payouts.start.endBeforeStart');
    setErrors(next);
    if (next.start || next.end) {
      focusFirstError();
      return;
    }
    create.mutate({ periodStart: start, periodEnd: end }, { onSuccess: onCreated });
  };

  return (
    <div className="sp-payouts-confirm">
      <Paragraph>
        {t('payouts.start.lastMonthIntro', {
          start: formatDate(month.periodStart, i18n.language),
          end: formatDate(month.periodEnd, i18n.language),
        })}
      </Paragraph>
      <Button
        type="button"
        appearance="primary-action-button"
        busy={create.isPending}
        disabled={create.isPending}
        onClick={runLastMonth}
      >
        {t('payouts.start.lastMonth')}
      </Button>
      <form ref={form} onSubmit={runPeriod} noValidate className="sp-payouts-confirm">
        <Fieldset>
          <FieldsetLegend>{t('payouts.start.otherPeriod')}</FieldsetLegend>
          <Paragraph>{t('payouts.start.otherPeriodHint')}</Paragraph>
          <div className="sp-payouts-dates">
            <Field id="run-start" label={t('payouts.start.from')} error={errors.start}>
              <Textbox
                id="run-start"
                type="date"
                name="periodStart"
                value={start}
                invalid={!!errors.start}
                aria-describedby={describedBy('run-start', false, errors.start)}
                onChange={(e) => setStart(e.target.value)}
              />
            </Field>
            <Field id="run-end" label={t('payouts.start.to')} error={errors.end}>
              <Textbox
                id="run-end"
                type="date"
                name="periodEnd"
                value={end}
                invalid={!!errors.end}
                aria-describedby={describedBy('run-end', false, errors.end)}
                onChange={(e) => setEnd(e.target.value)}
              />
            </Field>
          </div>
        </Fieldset>
        <Button type="submit" appearance="secondary-action-button" disabled={create.isPending}>
          {t('payouts.start.submitPeriod')}
        </Button>
      </form>
      {create.isError && <ErrorMessage error={create.error} />}
    </div>
  );
}
