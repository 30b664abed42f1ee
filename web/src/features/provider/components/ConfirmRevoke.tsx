import { useEffect, useRef } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import type { ApiToken } from '../api/provider.ts';

/** The second step of revoking: says what happens, then "Ja, intrekken" or "Nee, niet intrekken". */
export function ConfirmRevoke({
  token,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  token: ApiToken;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('provider');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [token.id]);
  return (
    <div className="utrecht-alert utrecht-alert--warning">
      <div className="utrecht-alert__content">
        <section aria-labelledby="confirm-revoke-heading" className="utrecht-alert__message sp-confirm-revoke">
          <Heading level={3} id="confirm-revoke-heading" tabIndex={-1} ref={heading}>
            {t('apiTokens.confirmTitle', { name: token.name })}
          </Heading>
          <Paragraph>{t('apiTokens.confirmText')}</Paragraph>
          <div className="sp-button-row">
            <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={onConfirm}>
              {t('apiTokens.confirmYes')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
              {t('apiTokens.confirmNo')}
            </Button>
          </div>
          {error !== null && error !== undefined && <ErrorMessage error={error} />}
        </section>
      </div>
    </div>
  );
}
