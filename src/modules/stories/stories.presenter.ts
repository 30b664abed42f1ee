import type { Static } from '@sinclair/typebox';
import type { StoryRow } from './stories.repository.ts';
import type { AdminStory, Story, StorySummary } from './stories.schemas.ts';
import type { PresentedLink } from './stories.service.ts';

type Translation = { title: string; lead: string; body: string } | undefined;

/** What a reader sees: in the language asked for when there is a translation, else in Dutch. */
export function presentStorySummary(
  row: StoryRow,
  translation: Translation,
  language = 'nl',
): Static<typeof StorySummary> {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: translation?.title ?? row.title,
    lead: translation?.lead ?? row.lead,
    photoUrl: row.photo_url,
    photoAlt: row.photo_alt,
    publishedAt: (row.publish_at ?? row.updated_at).toISOString(),
    language: translation ? language : 'nl',
  };
}

export function presentStory(
  row: StoryRow,
  links: PresentedLink[],
  translation: Translation,
  language: string,
): Static<typeof Story> {
  return {
    ...presentStorySummary(row, translation, language),
    bodyMarkdown: translation?.body ?? row.body_markdown,
    links,
    translated: language === 'nl' || !!translation,
    submittedBy: row.submitted_by_kind === 'editor' ? null : row.submitted_by_name,
  };
}

export function presentAdminStory(detail: {
  row: StoryRow;
  links: PresentedLink[];
  translations: { language: string; title: string; lead: string; body_markdown: string }[];
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
