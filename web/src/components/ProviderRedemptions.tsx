import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../lib/api/client.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Loading } from './Loading.tsx';
import { Pager } from './Pager.tsx';
import { RedemptionTable } from './RedemptionTable.tsx';

/**
 * The caller's provider's redemptions, newest first, ten per page. Used by the till and by
 * "Mijn organisatie". `queryKey` lets each page invalidate its own copy (e.g. the till after booking).
 */
export function useProviderRedemptionsPage(queryKey: readonly unknown[], page: number, pageSize = 10) {
  return useQuery({
    queryKey: [...queryKey, page, pageSize],
    queryFn: ({ signal }) => ok(api.GET('/redemptions', { params: { query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function ProviderRedemptions({ queryKey, label }: { queryKey: readonly unknown[]; label: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useProviderRedemptionsPage(queryKey, page);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  if (list.data.items.length === 0) return <Paragraph>{t('redemptionList.none')}</Paragraph>;
  return (
    <>
      <RedemptionTable
        rows={list.data.items}
        label={label}
        party={{ header: t('table.pass'), value: (r) => r.passNumber }}
        amountHeader={t('table.amount')}
      />
      <Pager page={list.data.page} onChange={setPage} label={t('redemptionList.paging')} />
    </>
  );
}
