-- Passes at a reduced price (issue 13): an approved application under a scheme whose pass costs
-- less than the regular price is placed as an order without a payment; the resident starts the
-- payment later from "Mijn aanvraag". Paid, it issues passes of this category (the kansentarief
-- at the till depends on it) instead of 'regular'.
alter table pass_orders add column pass_category text not null default 'regular'
  check (pass_category in ('regular', 'low_income', 'carer'));
