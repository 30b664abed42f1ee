-- The static card code (issue 14, item 2). A card's QR code is `SPC.<code id>.<signature>`: the code
-- id is random and names the card (never the pass number); the signature is an HMAC of it with the
-- server's QR secret, so the database alone cannot make a working code and a till refuses a forged
-- one without a query. The till accepts a card from the day it is sent until it is blocked: a newer
-- card of the same pass that comes into use blocks it, and a blocked or replaced pass is refused anyway.
alter table cards add column id uuid not null default gen_random_uuid();
alter table cards add column code_id text not null default replace(gen_random_uuid()::text, '-', '');
alter table cards add column activated_at timestamptz;
alter table cards add column blocked_at timestamptz;
create unique index cards_id on cards (tenant_id, id);
create unique index cards_code on cards (tenant_id, code_id);
create index cards_pass on cards (tenant_id, pass_id);
