-- Issue 20: a story's photos are uploaded like every other picture (checked by content, resized,
-- no metadata), and a podcast episode's audio file is kept next to them.
alter table media_images drop constraint media_images_purpose_check;
alter table media_images add constraint media_images_purpose_check
  check (purpose in ('offer', 'provider', 'route', 'story'));

-- One audio file per podcast episode (a story of kind podcast). Checked by its content (MP3
-- frames or an MP4/M4A container with an audio track) and its duration read from it; kept as
-- uploaded, because re-encoding audio costs more than it saves. Served with Range support.
create table media_audio (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  -- The story (podcast episode) it belongs to (its id).
  owner_id uuid not null,
  content_type text not null check (content_type in ('audio/mpeg', 'audio/mp4')),
  byte_length integer not null check (byte_length > 0),
  duration_seconds integer not null check (duration_seconds > 0),
  bytes bytea not null,
  created_by text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, owner_id)
);
