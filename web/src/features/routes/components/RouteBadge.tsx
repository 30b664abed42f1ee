import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { RoutePage } from '../api/routes.ts';

/** The route's badge with the code a provider pastes into its own site. */
export function RouteBadge({ route }: { route: RoutePage }) {
  const { t } = useTranslation('routes');
  const origin = window.location.origin;
  const alt = t('badge.alt', { name: route.name });
  const code = `<a href="${origin}/routes/${route.slug}"><img src="${origin}${route.badgeUrl}" alt="${alt}" width="320" height="96"></a>`;
  return (
    <section aria-labelledby="badge-heading" className="sp-route-badge">
      <Heading level={2} id="badge-heading">
        {t('badge.title')}
      </Heading>
      <Paragraph>{t('badge.intro')}</Paragraph>
      <img src={route.badgeUrl} alt={alt} width="320" height="96" loading="lazy" />
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="badge-code">
          {t('badge.code')}
        </label>
        <textarea
          id="badge-code"
          className="utrecht-textarea utrecht-textarea--html-textarea sp-route-badge__code"
          readOnly
          rows={3}
          value={code}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
    </section>
  );
}
