-- Erasure (docs/decisions/0041): an erased holder's pass is unlinked from the desk sale; the sale
-- keeps its amounts, payment method and booking, so the day's closing still reconciles.
alter table desk_sales alter column pass_id drop not null;
