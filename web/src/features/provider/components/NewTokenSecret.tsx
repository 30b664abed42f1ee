import { useEffect, useRef, useState } from 'react';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { NewApiToken } from '../api/provider.ts';

/**
 * The secret of a key that was just made. It lives only in this component's props: once the
 * admin presses "Klaar" or leaves the page it is gone, and the server never sends it again.
 */
export function NewTokenSecret({ token, onDone }: { token: NewApiToken; onDone: () => void }) {
  const { t } = useTranslation('provider');
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  // Keyboard and screen reader users land on the new key right away.
  useEffect(() => {
    heading.current?.focus();
  }, [token.id]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      // No clipboard access (old browser, no permission): select the text so Ctrl+C works.
      field.current?.focus();
      field.current?.select();
      setCopied('no');
    }
  };

  return (
    // Styled as a warning, but no role="alert": the page's live region announces it, the focus moves here.
    <div className="utrecht-alert utrecht-alert--warning">
      <div className="utrecht-alert__content">
        <section aria-labelledby="new-token-heading" className="utrecht-alert__message sp-new-token">
          <Heading level={2} id="new-token-heading" tabIndex={-1} ref={heading}>
            {t('apiTokens.newTitle', { name: token.name })}
          </Heading>
          <Paragraph>
            <strong>{t('apiTokens.copyNow')}</strong>
          </Paragraph>
          <Paragraph>{t('apiTokens.whereToPut')}</Paragraph>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="new-token-secret">{t('apiTokens.secret')}</FormLabel>
            </div>
            <FormFieldDescription id="new-token-secret-hint">{t('apiTokens.secretHint')}</FormFieldDescription>
            <div className="utrecht-form-field__input">
              <Textbox
                id="new-token-secret"
                ref={field}
                className="sp-secret"
                readOnly
                value={token.token}
                spellCheck={false}
                autoComplete="off"
                aria-describedby="new-token-secret-hint"
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
          </FormField>
          <div className="sp-button-row">
            <Button
              appearance="primary-action-button"
              onClick={() => {
                void copy();
              }}
            >
              {t('apiTokens.copy')}
            </Button>
            <Button appearance="secondary-action-button" onClick={onDone}>
              {t('apiTokens.done')}
            </Button>
          </div>
          <Paragraph role="status" className="sp-copy-status">
            {copied === 'yes' ? t('apiTokens.copied') : copied === 'no' ? t('apiTokens.copyFailed') : ''}
          </Paragraph>
        </section>
      </div>
    </div>
  );
}
