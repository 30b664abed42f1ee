-- Pictures uploaded for offers, providers' profiles and route pages (issue 15: "images are
-- responsive and lazy, and are resized on upload"). Only the resized copies are kept, re-encoded
-- as WebP without metadata (no EXIF: no camera, no GPS position); the upload itself is not.
create table media_images (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  purpose text not null check (purpose in ('offer', 'provider', 'route')),
  -- The offer, provider or route it belongs to (its id).
  owner_id uuid not null,
  alt text not null default '',
  position integer not null default 0,
  -- The largest copy's size: the picture's aspect ratio, so the page reserves its space.
  width integer not null check (width > 0),
  height integer not null check (height > 0),
  widths integer[] not null,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index media_images_owner on media_images (tenant_id, purpose, owner_id, position);

-- One resized copy per width in media_images.widths.
create table media_variants (
  tenant_id text not null,
  image_id uuid not null,
  width integer not null,
  bytes bytea not null,
  primary key (tenant_id, image_id, width),
  foreign key (tenant_id, image_id) references media_images (tenant_id, id) on delete cascade
);
