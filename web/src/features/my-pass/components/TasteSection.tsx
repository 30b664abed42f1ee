import { Button, Checkbox, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSetTasteOptIn, useTasteSuggestions } from '../api/taste.ts';

/**
 * "Iets nieuws proberen": kinds of offers the holder has not tried yet, computed on the server
 * from the holder's own redemptions only, and only after the holder opted in here.
 */
export function TasteSection() {
  const { t, i18n } = useTranslation('my-pass');
  const taste = useTasteSuggestions();
  const setOptIn = useSetTasteOptIn();
  if (!taste.data) return taste.isError ? <ErrorMessage error={taste.error} /> : null;
  const { optedIn, items } = taste.data;
  const name = (item: (typeof items)[number]) => (i18n.language === 'nl' ? item.nameNl : item.nameEn);
  return (
    <section aria-labelledby="taste-heading">
      <Heading level={2} id="taste-heading">
        {t('taste.title')}
      </Heading>
      <Paragraph>{t('taste.intro')}</Paragraph>
      <FormField type="checkbox">
        <div className="utrecht-form-field__input">
          <Checkbox
            id="taste-opt-in"
            // The box follows the click at once, not only when the server has answered.
            checked={setOptIn.isPending ? setOptIn.variables : optedIn}
            onChange={(e) => setOptIn.mutate(e.target.checked)}
          />
        </div>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="taste-opt-in" type="checkbox">
            {t('taste.optIn')}
          </FormLabel>
        </div>
      </FormField>
      {setOptIn.isError && <ErrorMessage error={setOptIn.error} />}
      {optedIn && items.length === 0 && <Paragraph>{t('taste.none')}</Paragraph>}
      {optedIn &&
        items.map((item) => (
          <section key={item.category} aria-labelledby={`taste-${item.category}`}>
            <Heading level={3} id={`taste-${item.category}`}>
              {name(item)}
            </Heading>
            <ul>
              {item.offers.map((offer) => (
                <li key={offer.id}>
                  <RouterLink to={`/aanbod/${offer.id}`}>{offer.title}</RouterLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      {optedIn && (
        <Button appearance="subtle-button" onClick={() => setOptIn.mutate(false)} disabled={setOptIn.isPending}>
          {t('taste.stop')}
        </Button>
      )}
    </section>
  );
}
