-- Extra e-mail headers per message (issue 20): a newsletter carries List-Unsubscribe and
-- List-Unsubscribe-Post (RFC 8058), so mail programs offer unsubscribing in one click.
alter table outbox_messages add column headers jsonb;
