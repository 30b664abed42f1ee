import {
  Alert,
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
import { useCategories } from '../../../lib/lookups.ts';
import { useMyCredit, type OwnCreditItem } from '../api/credit.ts';
import './credit.css';

function useCategoryNames() {
  const { i18n } = useTranslation('my-pass');
  const categories = useCategories();
  return (slugs: string[]) =>
    slugs
      .map((slug) => {
        const category = categories.data?.items.find((c) => c.slug === slug);
        return category ? (i18n.language === 'en' ? category.nameEn : category.nameNl) : slug;
      })
      .join(', ');
}

/** The 30-day warning: credit that stops soon, with how much and until when. Shown at the top of Mijn pas. */
export function CreditExpiryBanner() {
  const { t, i18n } = useTranslation('my-pass');
  const credit = useMyCredit();
  const soon = credit.data?.items.filter((item) => item.expiresSoon) ?? [];
  if (soon.length === 0) return null;
  return (
    <Alert type="warning">
      <Heading level={2}>{t('myCredit.warningTitle')}</Heading>
      {soon.map((item) => (
        <Paragraph key={`${item.scheme.id}-${item.passNumber}`}>
          {t('myCredit.warningText', {
            amount: formatMoney(item.balanceCents, i18n.language),
            scheme: item.scheme.name,
            name: item.holderName,
            date: formatDate(item.validUntil, i18n.language),
          })}
        </Paragraph>
      ))}
      <Paragraph>{t('myCredit.warningAfter')}</Paragraph>
    </Alert>
  );
}

function CreditItem({ item, index }: { item: OwnCreditItem; index: number }) {
  const { t, i18n } = useTranslation('my-pass');
  /** What a booking was: a payment at a till names where ("Betaald met tegoed bij Zwembad De Zaanstroom"). */
  const historyText = (line: OwnCreditItem['history'][number]) => {
    if (line.providerName && line.kind === 'spend') return t('myCredit.kind.spendAt', { provider: line.providerName });
    if (line.providerName && line.kind === 'correction')
      return t('myCredit.kind.correctionAt', { provider: line.providerName });
    return t(`myCredit.kind.${line.kind}`);
  };
  const language = i18n.language;
  const categoryNames = useCategoryNames();
  const headingId = `credit-${index}-heading`;
  return (
    <section aria-labelledby={headingId} className="sp-pass-card sp-credit-item">
      <Heading level={3} id={headingId}>
        {t('myCredit.itemTitle', { scheme: item.scheme.name, name: item.holderName })}
      </Heading>
      {item.scheme.description && <Paragraph>{item.scheme.description}</Paragraph>}
      <DataList>
        <DataListItem>
          <DataListKey>{t('myCredit.balance')}</DataListKey>
          <DataListValue className="sp-pass-number">{formatMoney(item.balanceCents, language)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myCredit.validUntil')}</DataListKey>
          <DataListValue>
            {formatDate(item.validUntil, language)}
            {item.expired ? ` (${t('myCredit.expired')})` : ''}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myCredit.where')}</DataListKey>
          <DataListValue>
            {item.scheme.spendableCategories.length === 0
              ? t('myCredit.everywhere')
              : categoryNames(item.scheme.spendableCategories)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myCredit.pass')}</DataListKey>
          <DataListValue>{item.passNumber}</DataListValue>
        </DataListItem>
      </DataList>
      {item.history.length === 0 ? (
        <Paragraph>{t('myCredit.noHistory')}</Paragraph>
      ) : (
        <TableScroll label={t('myCredit.historyOf', { scheme: item.scheme.name, name: item.holderName })}>
          <Table>
            <TableCaption className="sp-visually-hidden">
              {t('myCredit.historyOf', { scheme: item.scheme.name, name: item.holderName })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('table.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('myCredit.what')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('table.amount')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {item.history.map((line) => (
                <TableRow key={`${line.entryId}-${line.amountCents}`}>
                  <TableCell>{formatDateTime(line.occurredAt, language)}</TableCell>
                  <TableCell>{historyText(line)}</TableCell>
                  <TableCell>
                    {line.amountCents > 0 ? '+ ' : '− '}
                    {formatMoney(Math.abs(line.amountCents), language)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** "Tegoed": credit per scheme on the holder's passes and their children's, with its history. */
export function CreditSection() {
  const { t } = useTranslation('my-pass');
  const credit = useMyCredit();
  return (
    <section aria-labelledby="credit-heading">
      <Heading level={2} id="credit-heading">
        {t('myCredit.title')}
      </Heading>
      {credit.isPending && <Loading />}
      {credit.isError && <ErrorMessage error={credit.error} />}
      {credit.data &&
        (credit.data.items.length === 0 ? (
          <Paragraph>{t('myCredit.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('myCredit.intro')}</Paragraph>
            {/* Credit that can still be spent first, the soonest to end on top; ended schemes last. */}
            {[...credit.data.items]
              .sort((a, b) => Number(a.expired) - Number(b.expired) || a.validUntil.localeCompare(b.validUntil))
              .map((item, index) => (
                <CreditItem key={`${item.scheme.id}-${item.passNumber}`} item={item} index={index} />
              ))}
          </>
        ))}
    </section>
  );
}
