import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client.ts';

/** A clear message for a failed request: a translated text per problem type, else the server's title and detail. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): { title: string; detail: string } => {
    if (error instanceof ApiError) {
      const key = `problems.${error.code}`;
      if (i18n.exists(`${key}.title`)) {
        return { title: t(`${key}.title`), detail: i18n.exists(`${key}.detail`) ? t(`${key}.detail`) : '' };
      }
      return {
        title: error.title || t('problems.unknown.title'),
        detail: error.detail || t('problems.unknown.detail'),
      };
    }
    return { title: t('problems.unknown.title'), detail: t('problems.unknown.detail') };
  };
}

export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { title, detail } = errorText(error);
  const invalid = error instanceof ApiError ? error.invalidParams : [];
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{title}</strong>
      </Paragraph>
      {detail && <Paragraph>{detail}</Paragraph>}
      {invalid.length > 0 && (
        <>
          <Paragraph>{t('problems.checkFields')}</Paragraph>
          <UnorderedList>
            {invalid.map((p) => (
              <UnorderedListItem key={`${p.name}-${p.code}`}>
                {p.name}: {p.reason}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </Alert>
  );
}
