-- The till books a redemption in one statement (see src/modules/redemptions/redemptions.repository.ts).
--
-- redemption_seq: a version of the pass's usage. Every redemption and every cancellation of a
-- pass adds one, in the same statement that books it. A redemption was checked against the usage
-- it read at one version and is booked only if the pass is still at that version (a
-- compare-and-set on the pass row, which PostgreSQL re-checks after waiting for another
-- till's lock), so per-pass limits hold without holding a lock between two round trips.
alter table passes add column redemption_seq bigint not null default 0;
-- Room on each page for the new row version, so the update stays HOT (no index writes).
alter table passes set (fillfactor = 90);

-- Raised by the till's booking statement when one of its guarded steps found the world changed
-- (the pass version, the stock, the credit): the whole statement is undone, nothing is half-booked,
-- and the service reads again. SQLSTATE SP001 is ours.
create function till_booking_lost_race() returns boolean language plpgsql volatile as $$
begin
  raise exception 'till booking lost a race; nothing was booked' using errcode = 'SP001';
end $$;
