-- Bounces (issue 20, decision 0050). An e-mail that could not be delivered: refused by the SMTP
-- server at send time (RCPT TO), or reported later by the mail system in a delivery status
-- notification (RFC 3464) or a JSON report. 'hard' (5.x.x): the address does not work and the
-- message is not tried again; 'soft' (4.x.x): a temporary failure, counted only. A hard bounce
-- replaces a soft one; the same report again changes nothing.
alter table outbox_messages add column bounce_kind text check (bounce_kind in ('hard', 'soft'));
alter table outbox_messages add column bounce_status text;
alter table outbox_messages add column bounced_at timestamptz;
alter table outbox_messages add column bounce_detail text;
