-- The texts of the pages the pass organisation edits (issue 15, decision 0053): the wegwijzer for
-- new residents and the festival guide. One row per section of a page in one language. Dutch is
-- the source: a translation remembers when the Dutch text it was saved against last changed, so a
-- newer Dutch text marks it as possibly outdated. A section without a row in a language is shown in
-- Dutch. The pages and their sections are fixed in code (guide-pages.ts); the languages are the
-- web app's six.
create table guide_texts (
  tenant_id text not null references tenants(id),
  page text not null,
  section text not null,
  language text not null check (language in ('nl', 'en', 'tr', 'ar', 'pl', 'uk')),
  body text not null check (length(body) between 1 and 3000),
  -- Only for a translation: the Dutch section's updated_at when this translation was saved.
  dutch_updated_at timestamptz,
  updated_at timestamptz not null default now(),
  -- actorId of who saved it ('user:<id>').
  updated_by text not null,
  primary key (tenant_id, page, section, language),
  check ((language = 'nl') = (dutch_updated_at is null))
);
