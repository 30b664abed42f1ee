-- The provider portal (issue 16): Stille Kracht as a kind of provider, the KvK number (at most
-- one provider per number), suspension by the pass organisation, and more about a location.
alter table providers drop constraint providers_kind_check;
alter table providers add constraint providers_kind_check
  check (kind in ('business', 'non_profit', 'community_centre', 'volunteer_initiative', 'stille_kracht'));
alter table providers add column kvk_number text check (kvk_number ~ '^[0-9]{8}$');
alter table providers add column status text not null default 'active' check (status in ('active', 'suspended'));
create unique index providers_kvk on providers (tenant_id, kvk_number) where kvk_number is not null;

alter table locations add column opening_hours text not null default '';
alter table locations add column accessibility text not null default '';
