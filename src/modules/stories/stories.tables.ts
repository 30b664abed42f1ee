import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

export type StoryKind =
  | 'business_interview'
  | 'route_highlight'
  | 'wijk_event'
  | 'workshop'
  | 'volunteer_story'
  | 'podcast'
  | 'explainer_business'
  | 'explainer_civil_servant'
  | 'explainer_initiative';
export type StoryStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
export type StoryLinkKind = 'provider' | 'offer' | 'route' | 'wijk' | 'partner' | 'event';
export type StoryLanguage = 'en' | 'tr' | 'ar' | 'pl' | 'uk';

/** Table types of migration 202612081800 owned by this module (joined to the DB interface below). */
export interface StoriesTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  kind: StoryKind;
  title: string;
  lead: string;
  body_markdown: Generated<string>;
  /** A podcast episode's transcript (migration 202612091301). */
  transcript_markdown: Generated<string>;
  photo_url: string | null;
  photo_alt: string | null;
  status: Generated<StoryStatus>;
  publish_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  review_comment: string | null;
  submitted_by_kind: Generated<'editor' | 'partner' | 'provider'>;
  submitted_by_name: string | null;
  author_id: string;
  published_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface StoryLinksTable {
  tenant_id: string;
  story_id: string;
  kind: StoryLinkKind;
  target: string;
}

export interface StoryTranslationsTable {
  tenant_id: string;
  story_id: string;
  language: StoryLanguage;
  title: string;
  lead: string;
  body_markdown: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    stories: StoriesTable;
    story_links: StoryLinksTable;
    story_translations: StoryTranslationsTable;
  }
}
