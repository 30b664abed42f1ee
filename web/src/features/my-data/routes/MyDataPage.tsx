import { useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { API_BASE, api, ok } from '../../../lib/api/client.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const KEY = ['my-data'];

/** Asking for erasure: explain, confirm, then the date it was asked (asking again changes nothing). */
function ErasureSection({ requestedAt }: { requestedAt: string | null }) {
  const { t, i18n } = useTranslation('my-data');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const ask = useMutation({
    mutationFn: () => ok(api.POST('/me/erasure-request')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const asked = ask.data?.requestedAt ?? requestedAt;
  return (
    <section aria-labelledby="erasure-heading">
      <Heading level={2} id="erasure-heading">
        {t('erasure.title')}
      </Heading>
      <Paragraph>{t('erasure.intro')}</Paragraph>
      <Paragraph>{t('erasure.ledger')}</Paragraph>
      {asked ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">
            <Paragraph>{t('erasure.asked', { date: formatDate(asked, i18n.language) })}</Paragraph>
          </div>
        </div>
      ) : !confirming ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('erasure.ask')}
        </Button>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning" role="group" aria-labelledby="erasure-confirm-heading">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <Heading level={3} id="erasure-confirm-heading">
                {t('erasure.confirmTitle')}
              </Heading>
              <Paragraph>{t('erasure.confirmText')}</Paragraph>
              <div className="sp-button-row">
                <Button
                  appearance="primary-action-button"
                  busy={ask.isPending}
                  disabled={ask.isPending}
                  onClick={() => ask.mutate()}
                >
                  {t('erasure.confirmYes')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={ask.isPending}
                  onClick={() => setConfirming(false)}
                >
                  {t('erasure.confirmNo')}
                </Button>
              </div>
              {ask.isError && <ErrorMessage error={ask.error} />}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

/** /mijn-gegevens: everything held about the resident, to download (JSON, PDF); ask for erasure. */
export default function MyDataPage() {
  const { t } = useTranslation('my-data');
  usePageTitle(t('title'));
  const data = useQuery({ queryKey: KEY, queryFn: ({ signal }) => ok(api.GET('/me/data', { signal })) });
  const requestedAt = (data.data as { erasureRequestedAt?: string | null } | undefined)?.erasureRequestedAt ?? null;
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      <section aria-labelledby="download-heading">
        <Heading level={2} id="download-heading">
          {t('download.title')}
        </Heading>
        <Paragraph>{t('download.intro')}</Paragraph>
        <ul>
          <li>
            <Link href={`${API_BASE}/me/data.pdf`} download>
              {t('download.pdf')}
            </Link>
          </li>
          <li>
            <Link href={`${API_BASE}/me/data`} download>
              {t('download.json')}
            </Link>
          </li>
        </ul>
      </section>
      {data.isPending && <Loading />}
      {data.isError && <ErrorMessage error={data.error} />}
      {data.isSuccess && <ErasureSection requestedAt={requestedAt} />}
    </>
  );
}
