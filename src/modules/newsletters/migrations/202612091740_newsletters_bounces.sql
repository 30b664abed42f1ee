-- Bounces (issue 20, decision 0050): a subscriber whose address bounced hard (5.x.x) gets no
-- further editions until they subscribe and confirm again (or, a holder, opt in again).
alter table newsletter_subscribers drop constraint newsletter_subscribers_status_check;
alter table newsletter_subscribers add constraint newsletter_subscribers_status_check
  check (status in ('pending', 'confirmed', 'unsubscribed', 'bounced'));
alter table newsletter_subscribers add column bounced_at timestamptz;
alter table newsletter_subscribers add column bounce_status text;
create index newsletter_subscribers_bounced on newsletter_subscribers (tenant_id, bounced_at) where status = 'bounced';
-- A bounce names the e-mail (outbox message); this finds its delivery.
create index newsletter_deliveries_message on newsletter_deliveries (tenant_id, outbox_message_id)
  where outbox_message_id is not null;
