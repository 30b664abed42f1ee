-- Erasure (docs/decisions/0041): an erased recipient's pass is unlinked from the gift code that
-- made it (a gift from an employer says where someone works). The code stays used.
alter table gift_codes drop constraint gift_codes_check;
alter table gift_codes add constraint gift_codes_pass_only_when_redeemed
  check (pass_id is null or redeemed_at is not null);
