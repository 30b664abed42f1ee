import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useRedeem, useTillOffers, type Redemption, type TillOffer } from '../api/till.ts';
import { RecentRedemptions } from '../components/RecentRedemptions.tsx';
import { TillOfferItem } from '../components/TillOfferItem.tsx';
import { RedemptionConfirmation } from '../components/RedemptionConfirmation.tsx';

interface Attempt {
  offerId: string;
  passIdentifier: string;
  creditCents: number;
  key: string;
}

export default function TillPage() {
  const { t, i18n } = useTranslation('till');
  usePageTitle(t('till.title'));
  const language = i18n.language;
  const [input, setInput] = useState('');
  const [passIdentifier, setPassIdentifier] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<Redemption | null>(null);
  // Counts bookings, so each offer's credit choice starts empty again for the next holder.
  const [booked, setBooked] = useState(0);
  const offers = useTillOffers(passIdentifier);
  const redeem = useRedeem();
  // The click that has not been answered for sure yet: pressing again retries it with the same key.
  const openAttempt = useRef<Attempt | null>(null);

  const lookUp = (event: FormEvent) => {
    event.preventDefault();
    const value = input.trim();
    if (!value) return;
    setConfirmation(null);
    redeem.reset();
    setPassIdentifier(value);
  };

  // A QR token expires within a minute; after a successful look-up the pass number itself is used.
  const identifierForBooking = offers.data?.pass.number ?? passIdentifier ?? '';

  const book = (offer: TillOffer, creditCents: number) => {
    const previous = openAttempt.current;
    // The same click again (same offer, pass and credit): the same key, so it is booked at most once.
    const key =
      previous &&
      previous.offerId === offer.offerId &&
      previous.passIdentifier === identifierForBooking &&
      previous.creditCents === creditCents
        ? previous.key
        : crypto.randomUUID();
    openAttempt.current = { offerId: offer.offerId, passIdentifier: identifierForBooking, creditCents, key };
    setConfirmation(null);
    const quote = offers.data?.quote;
    redeem.mutate(
      {
        passIdentifier: identifierForBooking,
        offerId: offer.offerId,
        ...(quote ? { quote } : {}),
        ...(creditCents > 0 ? { creditCents } : {}),
        idempotencyKey: key,
      },
      {
        onSuccess: (redemption) => {
          openAttempt.current = null;
          setConfirmation(redemption);
          setBooked((n) => n + 1);
        },
        onError: (error) => {
          // A definite "no" from the server ends the attempt; a network failure keeps the key for the retry.
          if (!(error instanceof ApiError && error.retryable)) openAttempt.current = null;
        },
      },
    );
  };

  return (
    <>
      <Heading level={1}>{t('till.title')}</Heading>
      <form onSubmit={lookUp} className="sp-form sp-till-form">
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="till-pass">{t('till.passNumber')}</FormLabel>
          </div>
          <FormFieldDescription id="till-pass-hint">{t('till.passHint')}</FormFieldDescription>
          <div className="sp-search__row">
            <Textbox
              id="till-pass"
              name="pass"
              autoComplete="off"
              spellCheck={false}
              required
              value={input}
              aria-describedby="till-pass-hint"
              onChange={(e) => setInput(e.target.value)}
            />
            <Button type="submit" appearance="primary-action-button">
              {t('till.lookUp')}
            </Button>
          </div>
        </FormField>
      </form>

      {offers.isFetching && !offers.data && <Loading />}
      {offers.isError && <ErrorMessage error={offers.error} />}

      {confirmation && <RedemptionConfirmation redemption={confirmation} onChange={setConfirmation} />}
      {redeem.isError && <ErrorMessage error={redeem.error} />}

      {offers.data && (
        <section aria-labelledby="till-pass-heading" className="sp-till-pass">
          <Heading level={2} id="till-pass-heading">
            {t('till.passHeading', { number: offers.data.pass.number })}
          </Heading>
          <Paragraph>
            {t(`passStatus.${offers.data.pass.status}`)} &middot;{' '}
            {t('till.validUntil', { date: formatDate(offers.data.pass.validUntil, language) })}
          </Paragraph>
          {offers.data.pass.status !== 'active' && (
            <Alert type="warning">
              <Paragraph>{t('till.passNotActive')}</Paragraph>
            </Alert>
          )}
          {offers.data.items.length === 0 ? (
            <Paragraph>{t('till.noOffers')}</Paragraph>
          ) : (
            <ul className="sp-till-offers">
              {offers.data.items.map((offer) => (
                <TillOfferItem
                  key={`${offers.data.pass.number}-${offer.offerId}-${booked}`}
                  offer={offer}
                  busy={redeem.isPending && redeem.variables?.offerId === offer.offerId}
                  disabled={redeem.isPending}
                  onRedeem={(creditCents) => book(offer, creditCents)}
                />
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="recent-heading">
        <Heading level={2} id="recent-heading">
          {t('till.recent')}
        </Heading>
        <RecentRedemptions />
      </section>
    </>
  );
}
