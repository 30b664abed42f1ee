import { useId } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ok } from '../lib/api/client.ts';
import { ResponsiveImage } from './ResponsiveImage.tsx';
import './sponsor-strip.css';

/**
 * "Met steun van": the sponsors who agreed to be named and whose money arrived, with their logo
 * and a link to their website. Shows nothing while loading, on an error or when there are none:
 * a thank-you is no reason to bother anyone with a message.
 */
export function SponsorStrip() {
  const { t } = useTranslation();
  const headingId = useId();
  const sponsors = useQuery({
    queryKey: ['sponsor-publicity'],
    queryFn: ({ signal }) => ok(api.GET('/sponsor-publicity', { signal })),
    staleTime: 5 * 60_000,
  });
  const items = sponsors.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="sp-sponsor-strip" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('sponsorStrip.heading')}
      </Heading>
      <Paragraph>{t('sponsorStrip.intro')}</Paragraph>
      <ul className="sp-sponsor-strip__list">
        {items.map((s) => {
          // The name is the link's text; the logo beside it says nothing more, so its alt is empty.
          const logo = s.logo && <ResponsiveImage image={{ ...s.logo, alt: '' }} sizes="8rem" />;
          return (
            <li key={s.id} className="sp-sponsor-strip__item">
              {s.websiteUrl ? (
                <a href={s.websiteUrl} rel="sponsored noopener" className="sp-sponsor-strip__link">
                  {logo}
                  <span>{s.name}</span>
                </a>
              ) : (
                <span className="sp-sponsor-strip__link">
                  {logo}
                  <span>{s.name}</span>
                </span>
              )}
              {s.publicityText && <span className="sp-sponsor-strip__text">{s.publicityText}</span>}
              {s.adoptedInitiative && (
                <span className="sp-sponsor-strip__text">
                  {t('sponsorStrip.adopts', { name: s.adoptedInitiative.name })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
