import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../lib/format.ts';

/** "Normale prijs € 10,00 · Met de pas € 7,50", or "Gratis met de pas". */
export function OfferPrice({
  regularPriceCents,
  passPriceCents,
}: {
  regularPriceCents: number | null;
  passPriceCents: number | null;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const language = i18n.language;
  return (
    <span className="sp-price">
      {regularPriceCents !== null && (
        <span className="sp-price__regular">
          {t('catalogue.regularPrice')}: {formatMoney(regularPriceCents, language)}
        </span>
      )}
      {passPriceCents !== null && (
        <span className="sp-price__pass">
          {passPriceCents === 0
            ? t('catalogue.freeWithPass')
            : `${t('catalogue.passPrice')}: ${formatMoney(passPriceCents, language)}`}
        </span>
      )}
    </span>
  );
}
