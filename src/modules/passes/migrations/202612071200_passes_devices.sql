-- The resident's devices that compute the pass's rotating QR code themselves, also offline
-- (docs/decisions/0016-offline-qr-codes.md). A device holds one key per pass it shows (the
-- holder's own and their children's); the key's secret is derived from the server's QR secret and
-- the key id, so the database holds no secrets. Revoking a device stops all its keys.
create table pass_devices (
  tenant_id text not null references tenants(id),
  id uuid not null default gen_random_uuid(),
  holder_id uuid not null,
  label text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, holder_id) references holders(tenant_id, id)
);
create index pass_devices_holder on pass_devices (tenant_id, holder_id);

create table pass_device_keys (
  tenant_id text not null references tenants(id),
  -- Random and opaque: a QR code names this, never the pass number.
  key_id text not null,
  device_id uuid not null,
  pass_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, key_id),
  unique (tenant_id, device_id, pass_id),
  foreign key (tenant_id, device_id) references pass_devices(tenant_id, id),
  foreign key (tenant_id, pass_id) references passes(tenant_id, id)
);
