import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useDeskDay, type DeskDay } from '../api/desk.ts';
import { CloseDayForm } from '../components/CloseDayForm.tsx';
import { RenewForm } from '../components/RenewForm.tsx';
import { SellForm } from '../components/SellForm.tsx';

function TodaysSales({ day }: { day: DeskDay }) {
  const { t, i18n } = useTranslation('desk');
  const lang = i18n.language;
  const caption = t('desk.today.title');
  return (
    <>
      <Paragraph role="status">
        {t('desk.today.totals', {
          count: day.totals.count,
          pin: formatMoney(day.totals.pinCents, lang),
          cash: formatMoney(day.totals.cashCents, lang),
        })}
      </Paragraph>
      {day.sales.length > 0 && (
        <TableScroll label={caption}>
          <Table>
            <TableCaption className="sp-visually-hidden">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('desk.today.time')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('desk.today.pass')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('desk.today.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('desk.paidWith')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('desk.today.amount')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {day.sales.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{formatDateTime(s.at, lang)}</TableCell>
                  <TableCell>{s.passNumber}</TableCell>
                  <TableCell>{t(`desk.kind.${s.kind}`)}</TableCell>
                  <TableCell>{t(`desk.method.${s.paymentMethod}`)}</TableCell>
                  <TableCell>{formatMoney(s.amountCents, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

function Closing({ closing }: { closing: NonNullable<DeskDay['closing']> }) {
  const { t, i18n } = useTranslation('desk');
  const lang = i18n.language;
  const rows: [string, string][] = [
    [t('desk.close.recordedCash'), formatMoney(closing.recordedCashCents, lang)],
    [t('desk.close.countedCash'), formatMoney(closing.countedCashCents, lang)],
    [t('desk.close.cashDifference'), formatMoney(closing.cashDifferenceCents, lang)],
    [t('desk.close.recordedPin'), formatMoney(closing.recordedPinCents, lang)],
    [t('desk.close.terminalPin'), formatMoney(closing.pinTerminalCents, lang)],
    [t('desk.close.pinDifference'), formatMoney(closing.pinDifferenceCents, lang)],
  ];
  return (
    <>
      <Paragraph>
        {t('desk.close.closed', { by: closing.closedBy, at: formatDateTime(closing.closedAt, lang) })}
      </Paragraph>
      <DataList>
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </>
  );
}

/** /balie: sell a new pass, renew a paid pass, see today's sales, close the day. */
export default function DeskPage() {
  const { t, i18n } = useTranslation('desk');
  usePageTitle(t('desk.title'));
  const day = useDeskDay();
  return (
    <>
      <Heading level={1}>{t('desk.title')}</Heading>
      {day.isPending && <Loading />}
      {day.isError && <ErrorMessage error={day.error} />}
      {day.data && (
        <>
          <Paragraph appearance="lead">
            {t('desk.intro', {
              point: day.data.salesPoint.name,
              day: formatDate(day.data.day, i18n.language),
              price: day.data.priceCents ? formatMoney(day.data.priceCents, i18n.language) : '',
            })}
          </Paragraph>
          {!day.data.closing && (
            <>
              <section aria-labelledby="sell-heading">
                <Heading level={2} id="sell-heading">
                  {t('desk.sell.title')}
                </Heading>
                <SellForm />
              </section>
              <section aria-labelledby="renew-heading">
                <Heading level={2} id="renew-heading">
                  {t('desk.renew.title')}
                </Heading>
                <RenewForm />
              </section>
            </>
          )}
          <section aria-labelledby="today-heading">
            <Heading level={2} id="today-heading">
              {t('desk.today.title')}
            </Heading>
            <TodaysSales day={day.data} />
          </section>
          <section aria-labelledby="close-heading">
            <Heading level={2} id="close-heading">
              {t('desk.close.title')}
            </Heading>
            {day.data.closing ? <Closing closing={day.data.closing} /> : <CloseDayForm />}
          </section>
        </>
      )}
    </>
  );
}
