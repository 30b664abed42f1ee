import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/app-types.ts';
import { DomainError } from '../../shared/errors.ts';
import { openGraphTags } from './open-graph.ts';
import { ARTWORK_SIZE } from './podcast.ts';
import { StoriesService } from './stories.service.ts';

const STORY_PAGE = /^\/verhalen\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/**
 * The head of `/verhalen/:slug` as the server sends it: Open Graph tags of the published story,
 * so a shared link shows its title, lead and photo. Not a story (or not public): no tags.
 */
export async function storyPageHead(deps: AppDeps, _request: FastifyRequest, path: string) {
  const slug = STORY_PAGE.exec(path)?.[1];
  if (!slug || slug.length > 100) return undefined;
  const base = deps.config.publicUrl.replace(/\/$/, '');
  let story;
  try {
    // Pages are outside /api, where no session is read: a crawler is anonymous anyway.
    story = await new StoriesService(deps.database.db).getPublic(
      { kind: 'anonymous', tenantId: deps.config.defaultTenant },
      slug,
      'nl',
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'story-not-found') return undefined;
    throw error;
  }
  const { row, photo } = story;
  const absolute = (url: string) => (url.startsWith('/') ? `${base}${url}` : url);
  const largest = photo?.srcset.split(', ').at(-1)?.split(' ')[0];
  const image =
    photo && largest
      ? { url: absolute(largest), alt: photo.alt, width: photo.width, height: photo.height }
      : row.photo_url
        ? { url: absolute(row.photo_url), alt: row.photo_alt ?? '' }
        : {
            url: `${base}/api/v1/story-feeds/podcast/artwork.png`,
            alt: 'Zaanse Pas',
            width: ARTWORK_SIZE,
            height: ARTWORK_SIZE,
          };
  return openGraphTags({
    title: row.title,
    description: row.lead,
    url: `${base}/verhalen/${row.slug}`,
    image,
    publishedAt: row.publish_at ?? row.updated_at,
    siteName: 'Zaanse Pas',
  });
}
