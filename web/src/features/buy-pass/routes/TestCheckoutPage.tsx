import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCompleteTestPayment, useTestPayment } from '../api/pass-orders.ts';
import { TestModeNotice } from '../components/TestModeNotice.tsx';

/** A path of our own app from the provider's absolute return URL (so it works on any host name). */
function pathOf(url: string) {
  try {
    const parsed = new URL(url, window.location.origin);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return '/';
  }
}

/**
 * The checkout of the built-in TEST payment provider. No real money: the tester chooses how the
 * payment ends; the test provider then calls our webhook, and the buyer goes back to the order.
 */
export default function TestCheckoutPage() {
  const { t, i18n } = useTranslation('buy-pass');
  usePageTitle(t('buyPass.testCheckout.title'));
  const { paymentId = '' } = useParams();
  const payment = useTestPayment(paymentId);
  const complete = useCompleteTestPayment(paymentId);
  const navigate = useNavigate();

  if (payment.isPending) return <Loading />;
  if (payment.isError)
    return (
      <>
        <Heading level={1}>{t('buyPass.testCheckout.title')}</Heading>
        <ErrorMessage error={payment.error} />
      </>
    );
  const p = payment.data;
  const finish = (status: 'paid' | 'failed' | 'canceled') =>
    complete.mutate(status, { onSuccess: (result) => navigate(pathOf(result.redirectUrl)) });

  return (
    <>
      <Heading level={1}>{t('buyPass.testCheckout.title')}</Heading>
      <TestModeNotice />
      <Paragraph>{p.description}</Paragraph>
      <Paragraph>
        <strong>{t('buyPass.testCheckout.amount', { amount: formatMoney(p.amountCents, i18n.language) })}</strong>
      </Paragraph>
      {p.status === 'open' ? (
        <>
          <Paragraph>{t('buyPass.testCheckout.choose')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={complete.isPending} onClick={() => finish('paid')}>
              {t('buyPass.testCheckout.paid')}
            </Button>
            <Button appearance="secondary-action-button" disabled={complete.isPending} onClick={() => finish('failed')}>
              {t('buyPass.testCheckout.failed')}
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={complete.isPending}
              onClick={() => finish('canceled')}
            >
              {t('buyPass.testCheckout.canceled')}
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <Paragraph>{t('buyPass.testCheckout.ended', { status: p.status })}</Paragraph>
      )}
      {complete.isError && <ErrorMessage error={complete.error} />}
    </>
  );
}
