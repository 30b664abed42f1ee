-- Issue 3, items 2 and 3: holders pay at the till from pass credit, and the discount of an
-- offer can be reimbursed to the provider from a scheme fund or the actiebudget.
-- See docs/ledger.md (entry kinds redemption_credit_payment and discount_reimbursement).

-- Who bears the discount (regular price minus the price charged, kansentarief included):
-- the provider itself (nothing is booked), a credit scheme's fund, or the actiebudget.
alter table offers
  add column discount_borne_by text not null default 'provider'
    check (discount_borne_by in ('provider', 'scheme', 'action_budget')),
  add column discount_scheme_id uuid,
  -- Whether a holder may pay (part of) the price from pass credit at this offer.
  add column payable_from_credit boolean not null default false,
  add constraint offers_discount_scheme foreign key (tenant_id, discount_scheme_id) references credit_schemes(tenant_id, id),
  add constraint offers_discount_scheme_when_scheme check ((discount_borne_by = 'scheme') = (discount_scheme_id is not null));

-- What a redemption booked in the ledger, so a cancellation knows what to reverse without
-- searching the journal: the part of the price paid from credit and the reimbursed discount.
alter table redemptions
  add column credit_cents integer not null default 0 check (credit_cents >= 0),
  add column reimbursed_cents integer not null default 0 check (reimbursed_cents >= 0),
  add constraint redemptions_credit_within_price check (credit_cents <= price_cents);
