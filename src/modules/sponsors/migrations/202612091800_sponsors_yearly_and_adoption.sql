-- Issue 16, sponsors and co-owners (decision 0051).
--
-- A pledge may recur yearly ("jaarlijks een bijdrage"): the first year is the year of expected_on;
-- each later year is confirmed by the pass organisation as one row in sponsor_pledge_years, at most
-- one per pledge and year (the primary key makes a second confirmation a no-op). A confirmation is
-- a promise too and books nothing: only a received transfer is booked (sponsor_receipts).
-- Stopping the recurrence keeps the years already confirmed.
alter table sponsor_pledges add column recurs_yearly boolean not null default false;
alter table sponsor_pledges add column recurrence_stopped_at timestamptz;

create table sponsor_pledge_years (
  tenant_id text not null references tenants(id),
  pledge_id uuid not null,
  year integer not null check (year between 2000 and 2200),
  amount_cents bigint not null check (amount_cents > 0),
  expected_on date not null,
  confirmed_at timestamptz not null default now(),
  confirmed_by text,
  primary key (tenant_id, pledge_id, year),
  foreign key (tenant_id, pledge_id) references sponsor_pledges(tenant_id, id)
);

-- A business adopts one initiative (a partner: buurthuis, volunteer organisation ...): the support
-- of this pledge is earmarked for it. The service keeps it to one initiative per sponsor.
alter table sponsor_pledges add column adopted_partner_id uuid;
alter table sponsor_pledges add constraint sponsor_pledges_adopted_partner
  foreign key (tenant_id, adopted_partner_id) references partners(tenant_id, id);
create index sponsor_pledges_adopted on sponsor_pledges (tenant_id, adopted_partner_id)
  where adopted_partner_id is not null;

-- A sponsor may be a member of a business association that is a co-owner of the pass (a partner of
-- kind co_owner): that association's staff read the sponsor overview of its own members.
alter table sponsors add column association_partner_id uuid;
alter table sponsors add constraint sponsors_association_partner
  foreign key (tenant_id, association_partner_id) references partners(tenant_id, id);
