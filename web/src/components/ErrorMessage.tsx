import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api/client.ts';

/**
 * A clear message for a failed request, always in the reader's language: our own text for the
 * problem type; else the server's title and detail when the server wrote them in that language
 * (Content-Language); else our text for the HTTP status; else "Er ging iets mis".
 */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  const own = (key: string) =>
    i18n.exists(`${key}.title`)
      ? { title: t(`${key}.title`), detail: i18n.exists(`${key}.detail`) ? t(`${key}.detail`) : '' }
      : null;
  const unknown = { title: t('problems.unknown.title'), detail: t('problems.unknown.detail') };
  return (error: unknown): { title: string; detail: string } => {
    if (!(error instanceof ApiError)) return unknown;
    const byCode = own(`problems.${error.code}`);
    if (byCode) return byCode;
    if (error.title && error.language === i18n.language) return { title: error.title, detail: error.detail };
    return own(`problems.status.${error.status}`) ?? unknown;
  };
}

export function ErrorMessage({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { title, detail } = errorText(error);
  const invalid = error instanceof ApiError ? error.invalidParams : [];
  // The server's reason per field, when it is in the reader's language.
  const reasonsReadable = error instanceof ApiError && error.language === i18n.language;
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
                {p.name}: {reasonsReadable ? p.reason : t('problems.invalidField')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </Alert>
  );
}
