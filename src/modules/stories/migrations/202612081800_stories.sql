-- Stories (issue 20): interviews with businesses, route highlights, wijk events, workshops in
-- buurthuizen, volunteers' own stories and podcast episodes, with an editorial flow.
-- Bodies are Markdown, rendered as elements without HTML (docs/decisions/0012, 0040).
create table stories (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 100),
  kind text not null check (kind in
    ('business_interview', 'route_highlight', 'wijk_event', 'workshop', 'volunteer_story', 'podcast')),
  title text not null check (length(title) between 1 and 200),
  lead text not null check (length(lead) between 1 and 600),
  body_markdown text not null default '' check (length(body_markdown) <= 50000),
  photo_url text,
  photo_alt text,
  -- draft -> in_review -> scheduled | published -> withdrawn; back to draft with a comment.
  -- A scheduled story becomes public by itself at publish_at: readers select on the time, so
  -- nothing has to run at that moment.
  status text not null default 'draft'
    check (status in ('draft', 'in_review', 'scheduled', 'published', 'withdrawn')),
  publish_at timestamptz,
  review_comment text,
  -- Who wrote it: the organisation's editors, or a partner or provider who submitted it.
  submitted_by_kind text not null default 'editor' check (submitted_by_kind in ('editor', 'partner', 'provider')),
  submitted_by_name text,
  author_id text not null,
  published_by text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, slug),
  check (photo_url is null or (photo_alt is not null and length(photo_alt) between 1 and 300)),
  check (status not in ('scheduled', 'published') or publish_at is not null)
);
create index stories_public on stories (tenant_id, publish_at desc) where status in ('scheduled', 'published');

-- What a story is about; it then shows on those pages too. target: a provider's, offer's,
-- partner's or event's id, a route's slug or a wijk's code.
create table story_links (
  tenant_id text not null references tenants(id),
  story_id uuid not null,
  kind text not null check (kind in ('provider', 'offer', 'route', 'wijk', 'partner', 'event')),
  target text not null,
  primary key (tenant_id, story_id, kind, target),
  foreign key (tenant_id, story_id) references stories (tenant_id, id) on delete cascade
);
create index story_links_target on story_links (tenant_id, kind, target);

-- A story may be translated; a missing language falls back to Dutch, and the page says so.
create table story_translations (
  tenant_id text not null references tenants(id),
  story_id uuid not null,
  language text not null check (language in ('en', 'tr', 'ar', 'pl', 'uk')),
  title text not null check (length(title) between 1 and 200),
  lead text not null check (length(lead) between 1 and 600),
  body_markdown text not null default '' check (length(body_markdown) <= 50000),
  primary key (tenant_id, story_id, language),
  foreign key (tenant_id, story_id) references stories (tenant_id, id) on delete cascade
);
