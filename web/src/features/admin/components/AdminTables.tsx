import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format.ts';
import { RouterLink } from '../../../components/RouterLink.tsx';
import type { AdminList, PaymentRules } from '../api/admin.ts';

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

function SimpleTable<T extends { id: string }>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: T[];
  columns: Column<T>[];
}) {
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption className="sp-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} scope="col">
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {columns.map((c) => (
                <TableCell key={c.header}>{c.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

export function HoldersTable({ rows, caption }: { rows: AdminList<'pashouders'>['items']; caption: string }) {
  const { t } = useTranslation('admin');
  return (
    <SimpleTable
      caption={caption}
      rows={rows}
      columns={[
        { header: t('table.name'), cell: (h) => <RouterLink to={`/beheer/pashouders/${h.id}`}>{h.name}</RouterLink> },
        { header: t('table.pass'), cell: (h) => h.passNumber ?? '' },
        {
          header: t('table.category'),
          cell: (h) => (h.category ? t(`passCategory.${h.category}`, { defaultValue: h.category }) : ''),
        },
        {
          header: t('table.status'),
          cell: (h) => (h.status ? t(`passStatus.${h.status}`, { defaultValue: h.status }) : ''),
        },
        { header: t('table.wijk'), cell: (h) => h.wijk?.name ?? '' },
      ]}
    />
  );
}

export function ProvidersTable({ rows, caption }: { rows: AdminList<'aanbieders'>['items']; caption: string }) {
  const { t } = useTranslation('admin');
  return (
    <SimpleTable
      caption={caption}
      rows={rows}
      columns={[
        { header: t('table.name'), cell: (p) => p.name },
        { header: t('table.kind'), cell: (p) => t(`providerKind.${p.kind}`, { defaultValue: p.kind }) },
        { header: t('table.offers'), cell: (p) => p.offerCount },
      ]}
    />
  );
}

export function OffersTable({ rows, caption }: { rows: AdminList<'aanbod'>['items']; caption: string }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <SimpleTable
      caption={caption}
      rows={rows}
      columns={[
        { header: t('table.offer'), cell: (o) => o.title },
        { header: t('table.provider'), cell: (o) => o.provider.name },
        { header: t('table.status'), cell: (o) => t(`offerStatus.${o.status}`, { defaultValue: o.status }) },
        { header: t('table.validUntil'), cell: (o) => formatDate(o.validUntil, i18n.language) },
        {
          header: t('table.payment'),
          cell: (o) => (
            <>
              {paymentSummary(o.paymentRules, t)}{' '}
              <RouterLink to={`/beheer/aanbod/${o.id}/betaling`}>
                {t('admin.paymentRules.edit')}
                <span className="sp-visually-hidden"> ({t('admin.paymentRules.editLabel', { title: o.title })})</span>
              </RouterLink>
            </>
          ),
        },
      ]}
    />
  );
}

export function RedemptionsTable({ rows, caption }: { rows: AdminList<'verzilveringen'>['items']; caption: string }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <SimpleTable
      caption={caption}
      rows={rows}
      columns={[
        { header: t('table.date'), cell: (r) => formatDateTime(r.redeemedAt, i18n.language) },
        { header: t('table.offer'), cell: (r) => r.offerTitle },
        { header: t('table.provider'), cell: (r) => r.providerName },
        { header: t('table.pass'), cell: (r) => r.passNumber },
        { header: t('table.amount'), cell: (r) => formatMoney(r.priceCents, i18n.language) },
        { header: t('table.status'), cell: (r) => t(`redemptionStatus.${r.status}`) },
      ]}
    />
  );
}

/** "Het actiebudget, met tegoed": who pays the discount, and whether credit may pay. */
export function paymentSummary(rules: PaymentRules, t: TFunction) {
  const bearer =
    rules.discountBorneBy === 'scheme' && rules.discountScheme
      ? rules.discountScheme.name
      : t(`admin.paymentRules.borneBy.${rules.discountBorneBy}`);
  return `${bearer}, ${t(rules.payableFromCredit ? 'admin.paymentRules.summaryCredit' : 'admin.paymentRules.summaryNoCredit')}`;
}
