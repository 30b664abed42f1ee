-- Free or reduced (issue 13, seed 001 §2): an application is made under a scheme that grants the
-- pass, at the price that scheme sets (0: free). The price is kept as the applicant saw it. An
-- approval at a reduced price places an order through the sales module, which the resident pays.
alter table applications add column scheme_id uuid;
alter table applications add column pass_price_cents integer not null default 0 check (pass_price_cents >= 0);
alter table applications add column pass_order_id uuid;
alter table applications add constraint applications_scheme
  foreign key (tenant_id, scheme_id) references schemes(tenant_id, id);
