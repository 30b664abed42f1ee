-- A provider may refuse typed pass numbers at its own tills: then only a QR code (or a card's
-- code) identifies a pass there, so a photo of a pass number is not enough.
alter table providers add column accepts_typed_pass_numbers boolean not null default true;
