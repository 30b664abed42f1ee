import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type NewsletterAudience = 'residents' | 'providers';
export type NewsletterLanguage = 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'bounced';

/** One piece of news in an edition, as it was composed. */
export interface EditionItem {
  kind: 'story' | 'provider' | 'event' | 'route' | 'campaign' | 'figure';
  title: string;
  summary: string;
  /** Path on the public site, or null. */
  path: string | null;
  /** Wijk codes, route slugs and category slugs it is about; empty: news for everyone. */
  wijken: string[];
  routes: string[];
  categories: string[];
}

/** Table types of migration 202612091410 (newsletters). */
export interface NewsletterSubscribersTable {
  tenant_id: string;
  id: Generated<string>;
  audience: NewsletterAudience;
  email: string | null;
  holder_id: string | null;
  provider_id: string | null;
  channel: Generated<'email' | 'letter'>;
  language: Generated<NewsletterLanguage>;
  wijken: Generated<string[]>;
  routes: Generated<string[]>;
  categories: Generated<string[]>;
  status: SubscriberStatus;
  confirm_token_hash: Optional<string>;
  confirm_expires_at: Optional<Date>;
  confirmation_sent_at: Optional<Date>;
  confirmed_at: Optional<Date>;
  unsubscribed_at: Optional<Date>;
  unsubscribed_edition_id: Optional<string>;
  /** When an e-mail to this address bounced hard, and its status code (decision 0050). */
  bounced_at: Optional<Date>;
  bounce_status: Optional<string>;
  created_at: CreatedAt;
}

export interface NewsletterEditionsTable {
  tenant_id: string;
  id: Generated<string>;
  audience: NewsletterAudience;
  title: string;
  intro: Generated<string>;
  tips: Generated<string>;
  items: ColumnType<EditionItem[], string, string>;
  status: Generated<'draft' | 'sending' | 'sent'>;
  created_by: string;
  created_at: CreatedAt;
  send_started_at: Optional<Date>;
  sent_at: Optional<Date>;
}

export interface NewsletterDeliveriesTable {
  tenant_id: string;
  edition_id: string;
  subscriber_id: string;
  channel: 'email' | 'letter' | 'none';
  outbox_message_id: string | null;
  unsubscribe_token_hash: string;
  unsubscribe_expires_at: Date;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    newsletter_subscribers: NewsletterSubscribersTable;
    newsletter_editions: NewsletterEditionsTable;
    newsletter_deliveries: NewsletterDeliveriesTable;
  }
}
