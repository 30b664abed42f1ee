-- Offers for one target group only (issue 14): a respite day for mantelzorgers (carer passes),
-- the minima's clothing and food banks (low-income passes). Empty: every pass. The till refuses
-- such an offer to anyone else, and every refusal of it reads the same, so the till never learns
-- the holder's group from a refusal.
alter table offers add column eligible_pass_categories text[] not null default '{}'
  check (eligible_pass_categories <@ array['regular', 'low_income', 'carer', 'child']::text[]);
