import { useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useEraseHolder, type HolderFile } from '../api/holder-file.ts';

/**
 * "Gegevens wissen" (docs/decisions/0028, 0041): the pass organisation erases a holder's personal
 * data, usually on their request. Two steps, because it cannot be undone.
 */
export function EraseSection({ file }: { file: HolderFile }) {
  const { t, i18n } = useTranslation('holder-file');
  const erase = useEraseHolder(file.id);
  const [confirming, setConfirming] = useState(false);
  const erasure = file.erasure;
  if (erasure?.executedAt)
    return (
      <div className="utrecht-alert utrecht-alert--ok" role="status">
        <div className="utrecht-alert__content">
          <Paragraph>{t('holderFile.erase.done', { at: formatDateTime(erasure.executedAt, i18n.language) })}</Paragraph>
        </div>
      </div>
    );
  return (
    <>
      <Paragraph>
        {erasure
          ? t('holderFile.erase.requested', { at: formatDateTime(erasure.requestedAt, i18n.language) })
          : t('holderFile.erase.notRequested')}
      </Paragraph>
      <Paragraph>{t('holderFile.erase.what')}</Paragraph>
      {!confirming ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('holderFile.erase.start')}
        </Button>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning" role="group" aria-labelledby="erase-confirm-heading">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <Paragraph id="erase-confirm-heading">
                <strong>{t('holderFile.erase.confirmTitle', { name: file.name })}</strong>
              </Paragraph>
              <Paragraph>{t('holderFile.erase.confirmText')}</Paragraph>
              <div className="sp-button-row">
                <Button
                  appearance="primary-action-button"
                  busy={erase.isPending}
                  disabled={erase.isPending}
                  onClick={() => erase.mutate()}
                >
                  {t('holderFile.erase.confirmYes')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={erase.isPending}
                  onClick={() => setConfirming(false)}
                >
                  {t('holderFile.erase.confirmNo')}
                </Button>
              </div>
              {erase.isError && <ErrorMessage error={erase.error} />}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
