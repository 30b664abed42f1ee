import type { Static } from '@sinclair/typebox';
import type { StoryRow } from './stories.repository.ts';
import type { AdminStory, Story, StorySummary } from './stories.schemas.ts';
import type { PresentedLink } from './stories.service.ts';

type Translation = { title: string; lead: string; body: string } | undefined;
/** An uploaded photo as the media module presents it. */
export interface StoryPhoto {
  id: string;
  alt: string;
  width: number;
  height: number;
  src: string;
  srcset: string;
}
/** A podcast episode's audio as the media module presents it. */
export interface StoryAudio {
  id: string;
  url: string;
  contentType: string;
  byteLength: number;
  durationSeconds: number;
}
export interface StoryMedia {
  photo?: StoryPhoto | undefined;
  audio?: StoryAudio | undefined;
}

const photoOf = (photo: StoryPhoto | undefined) =>
  photo ? { src: photo.src, srcset: photo.srcset, width: photo.width, height: photo.height, alt: photo.alt } : null;
const audioOf = (audio: StoryAudio | undefined) =>
  audio
    ? {
        id: audio.id,
        url: audio.url,
        contentType: audio.contentType,
        byteLength: audio.byteLength,
        durationSeconds: audio.durationSeconds,
      }
    : null;

/** What a reader sees: in the language asked for when there is a translation, else in Dutch. */
export function presentStorySummary(
  row: StoryRow,
  translation: Translation,
  language = 'nl',
  media: StoryMedia = {},
): Static<typeof StorySummary> {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: translation?.title ?? row.title,
    lead: translation?.lead ?? row.lead,
    photoUrl: row.photo_url,
    photoAlt: row.photo_alt,
    photo: photoOf(media.photo),
    publishedAt: (row.publish_at ?? row.updated_at).toISOString(),
    language: translation ? language : 'nl',
  };
}

export function presentStory(
  row: StoryRow,
  links: PresentedLink[],
  translation: Translation,
  language: string,
  media: StoryMedia = {},
): Static<typeof Story> {
  return {
    ...presentStorySummary(row, translation, language, media),
    bodyMarkdown: translation?.body ?? row.body_markdown,
    transcriptMarkdown: row.transcript_markdown,
    audio: audioOf(media.audio),
    links,
    translated: language === 'nl' || !!translation,
    submittedBy: row.submitted_by_kind === 'editor' ? null : row.submitted_by_name,
  };
}

export function presentAdminStory(detail: {
  row: StoryRow;
  links: PresentedLink[];
  translations: { language: string; title: string; lead: string; body_markdown: string }[];
  photos: StoryPhoto[];
  audio: StoryAudio | undefined;
}): Static<typeof AdminStory> {
  const { row } = detail;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    lead: row.lead,
    bodyMarkdown: row.body_markdown,
    photoUrl: row.photo_url,
    photoAlt: row.photo_alt,
    photos: detail.photos.map((p) => ({ id: p.id, ...photoOf(p)! })),
    transcriptMarkdown: row.transcript_markdown,
    audio: audioOf(detail.audio),
    status: row.status,
    publishAt: row.publish_at?.toISOString() ?? null,
    reviewComment: row.review_comment,
    submittedByKind: row.submitted_by_kind,
    submittedByName: row.submitted_by_name,
    links: detail.links,
    translations: detail.translations.map((t) => ({
      language: t.language as 'en' | 'tr' | 'ar' | 'pl' | 'uk',
      title: t.title,
      lead: t.lead,
      bodyMarkdown: t.body_markdown,
    })),
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}
