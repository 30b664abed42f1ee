import type { Timestamp } from '../../db/schema.ts';
import type { GuideLanguage } from './guide-pages.ts';

/** Table types of the guides module. Keep in step with the migrations that create them. */
export interface GuideTextsTable {
  tenant_id: string;
  page: string;
  section: string;
  language: GuideLanguage;
  body: string;
  /** Only for a translation: when the Dutch text it was saved against last changed. */
  dutch_updated_at: Date | null;
  updated_at: Timestamp;
  updated_by: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    guide_texts: GuideTextsTable;
  }
}
