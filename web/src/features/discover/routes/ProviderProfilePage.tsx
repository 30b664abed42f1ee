import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { ImageGallery } from '../../../components/ResponsiveImage.tsx';
import { useImages } from '../../../lib/images.ts';
import { useProviderProfile } from '../api/discover.ts';
import { RelatedStories } from '../../stories/components/RelatedStories.tsx';
import { SocialCreditMark } from '../components/SocialCreditMark.tsx';

/** A provider's public page: its story, where it is, its routes and what it offers with the pass. */
export default function ProviderProfilePage() {
  const { providerId = '' } = useParams();
  const { t, i18n } = useTranslation('discover');
  const profile = useProviderProfile(providerId);
  const images = useImages('provider', providerId);
  usePageTitle(profile.data?.name ?? t('profile.title'));
  if (profile.isPending)
    return (
      <>
        <Heading level={1}>{t('profile.title')}</Heading>
        <Loading />
      </>
    );
  if (profile.isError)
    return (
      <>
        <Heading level={1}>{t('profile.title')}</Heading>
        <ErrorMessage error={profile.error} />
      </>
    );
  const p = profile.data;
  return (
    <article>
      <Heading level={1}>{p.name}</Heading>
      <Paragraph className="sp-meta">
        {t(`kind.${p.kind}`)} · {t('profile.since', { date: formatDate(p.onThePassSince, i18n.language) })}
      </Paragraph>
      <SocialCreditMark providerId={p.id} />
      {p.story && <Paragraph appearance="lead">{p.story}</Paragraph>}
      <ImageGallery images={images.data?.items} label={t('profile.pictures')} />
      {p.website && (
        <Paragraph>
          <Link href={p.website} external rel="noopener noreferrer">
            {t('profile.website')}
          </Link>
        </Paragraph>
      )}
      <Heading level={2}>{t('profile.offers')}</Heading>
      <UnorderedList>
        {p.offers.map((o) => (
          <UnorderedListItem key={o.id}>
            <RouterLink to={`/aanbod/${o.id}`}>{o.title}</RouterLink>
            {o.isFree && ` (${t('profile.free')})`}
            {o.summary && <> · {o.summary}</>}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading level={2}>{t('profile.locations')}</Heading>
      <UnorderedList>
        {p.locations.map((l) => (
          <UnorderedListItem key={l.id}>
            <strong>{l.name}</strong>, {l.address} · {l.wijk.name}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {p.routes.length > 0 && (
        <>
          <Heading level={2}>{t('profile.routes')}</Heading>
          <UnorderedList>
            {p.routes.map((r) => (
              <UnorderedListItem key={r.slug}>
                <RouterLink to={`/routes/${r.slug}`}>{r.name}</RouterLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <RelatedStories filter={{ provider: providerId }} />
    </article>
  );
}
