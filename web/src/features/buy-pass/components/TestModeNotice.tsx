import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Shown wherever the built-in test payment provider is active: no real money is paid. */
export function TestModeNotice() {
  const { t } = useTranslation('buy-pass');
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>{t('buyPass.testMode.title')}</strong>
      </Paragraph>
      <Paragraph>{t('buyPass.testMode.text')}</Paragraph>
    </Alert>
  );
}
