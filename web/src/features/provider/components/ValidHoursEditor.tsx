import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../lib/format.ts';
import type { OfferInput } from '../api/offers.ts';

export type ValidHoursWindow = NonNullable<OfferInput['validHours']>[number];
const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The weekdays and hours an offer can be used (Dutch time): none means always. Quiet hours
 * ("luwe periodes") are the point: weekday mornings, say, or Tuesday and Thursday afternoons.
 */
export function ValidHoursEditor({
  windows,
  onChange,
  error,
}: {
  windows: ValidHoursWindow[];
  onChange: (windows: ValidHoursWindow[]) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation('provider');
  const change = (index: number, patch: Partial<ValidHoursWindow>) =>
    onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  return (
    <Fieldset invalid={!!error} aria-describedby="offer-validHours-hint">
      <FieldsetLegend>{t('offers.validHours.legend')}</FieldsetLegend>
      <p id="offer-validHours-hint" className="utrecht-form-field-description">
        {t('offers.validHours.hint')}
      </p>
      {error && <p className="utrecht-form-field-error-message">{error}</p>}
      {windows.map((window, index) => (
        <Fieldset key={index} className="sp-valid-hours-window">
          <FieldsetLegend>{t('offers.validHours.window', { number: index + 1 })}</FieldsetLegend>
          {DAYS.map((day) => (
            <FormField key={day} type="checkbox">
              <Checkbox
                id={`offer-validHours-${index}-day-${day}`}
                checked={window.days.includes(day)}
                onChange={(e) =>
                  change(index, {
                    days: e.target.checked
                      ? [...window.days, day].sort((a, b) => a - b)
                      : window.days.filter((d) => d !== day),
                  })
                }
              />
              <FormLabel htmlFor={`offer-validHours-${index}-day-${day}`} type="checkbox">
                {weekdayName(day, i18n.language, 'long')}
              </FormLabel>
            </FormField>
          ))}
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`offer-validHours-${index}-from`}>{t('offers.validHours.from')}</FormLabel>
            </div>
            <Textbox
              id={`offer-validHours-${index}-from`}
              type="time"
              value={window.from}
              onChange={(e) => change(index, { from: e.target.value })}
            />
          </FormField>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`offer-validHours-${index}-until`}>{t('offers.validHours.until')}</FormLabel>
            </div>
            <Textbox
              id={`offer-validHours-${index}-until`}
              type="time"
              value={window.until === '24:00' ? '23:59' : window.until}
              onChange={(e) => change(index, { until: e.target.value })}
            />
          </FormField>
          <Button appearance="secondary-action-button" onClick={() => onChange(windows.filter((_, i) => i !== index))}>
            {t('offers.validHours.remove', { number: index + 1 })}
          </Button>
        </Fieldset>
      ))}
      <Button
        appearance="secondary-action-button"
        onClick={() => onChange([...windows, { days: [1, 2, 3, 4, 5], from: '09:00', until: '12:00' }])}
      >
        {t('offers.validHours.add')}
      </Button>
    </Fieldset>
  );
}
