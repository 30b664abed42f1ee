import { useState, type KeyboardEvent } from 'react';
import { Button, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useOfferChoices, OFFER_CHOICES_SHOWN } from '../api/agenda-admin.ts';

interface Props {
  /** null: the pass organisation, which chooses from the whole catalogue; else the provider's own offers. */
  providerId: string | null;
  value: string;
  onChange: (offerId: string) => void;
  error: string | null;
  /** The offer the event has now, kept as a choice although a search may not find it. */
  current: { id: string; title: string } | null;
}

/**
 * The offer an event belongs to. A provider picks from its own offers. The pass organisation
 * searches the catalogue by a word of the name first: a city has thousands of offers, too many
 * for one list.
 */
export function OfferPicker({ providerId, value, onChange, error, current }: Props) {
  const { t } = useTranslation('agenda-admin');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const offers = useOfferChoices(providerId, search);
  const choices = [...(offers.data ?? [])];
  if (current && !choices.some((o) => o.id === current.id)) choices.unshift(current);
  const forOrganisation = providerId === null;
  const runSearch = () => setSearch(typed.trim());
  // Enter in the search field searches; it must not save the whole event.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    runSearch();
  };

  return (
    <>
      {forOrganisation && (
        <Field
          id="event-offer-search"
          label={t('event.offerSearch')}
          hint={t('event.offerSearchHint', { count: OFFER_CHOICES_SHOWN })}
        >
          <div className="sp-button-row">
            <Textbox
              id="event-offer-search"
              type="search"
              value={typed}
              aria-describedby={describedBy('event-offer-search', true, null)}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <Button appearance="secondary-action-button" onClick={runSearch}>
              {t('event.offerSearchButton')}
            </Button>
          </div>
        </Field>
      )}
      <Field id="event-offer" label={t('event.offerId')} error={error}>
        <Select
          id="event-offer"
          value={value}
          invalid={!!error}
          aria-describedby={describedBy('event-offer', false, error)}
          onChange={(e) => onChange(e.target.value)}
        >
          <SelectOption value="">{forOrganisation ? t('event.none') : t('event.chooseOffer')}</SelectOption>
          {choices.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.title}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {forOrganisation && search && offers.isSuccess && (
        <Paragraph role="status">{t('event.offerSearchResult', { count: offers.data.length, search })}</Paragraph>
      )}
    </>
  );
}
