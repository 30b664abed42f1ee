-- How many people had a pass valid on some day of a year (success condition 4: "many residents
-- have a pass"). Counting it means reading every pass: 0.3 s at 500,000 passes, on every read of
-- the feedback dashboard. The count is kept here instead, refreshed by the roll-forward job when it
-- is older than a few minutes (rollup.ts), so a dashboard reads one row.
create table dashboard_pass_holder_years (
  tenant_id text not null references tenants(id),
  year integer not null,
  holders integer not null,
  computed_at timestamptz not null,
  primary key (tenant_id, year)
);
