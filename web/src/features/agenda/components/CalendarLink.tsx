import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { calendarUrl, type EventFilters } from '../api/agenda.ts';

/** Subscribe to these events in a phone calendar (webcal: opens the calendar app), or copy the address. */
export function CalendarLink({ filters }: { filters: EventFilters }) {
  const { t } = useTranslation('agenda');
  const url = calendarUrl(filters);
  return (
    <div className="sp-agenda__subscribe">
      <Paragraph>
        <a className="utrecht-link" href={url.replace(/^https?:/, 'webcal:')}>
          {t('subscribe.link')}
        </a>
      </Paragraph>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="calendar-url">
          {t('subscribe.address')}
        </label>
        <input
          id="calendar-url"
          className="utrecht-textbox utrecht-textbox--html-input"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
    </div>
  );
}
