-- Block and replace (issue 14): a lost, stolen or broken card, or a lost phone. The old pass is
-- 'replaced' and names its successor; the till refuses it with its own problem type. A replaced
-- pass is final: the trigger below refuses any change of its status or successor, so it can never
-- be reactivated by mistake (not by the API, not by a hand-written UPDATE).
alter table passes drop constraint passes_status_check;
alter table passes add constraint passes_status_check check (status in ('active', 'blocked', 'expired', 'replaced'));
alter table passes add column replaced_by_pass_id uuid;
alter table passes add column blocked_at timestamptz;
alter table passes add column block_reason text
  check (block_reason in ('card_lost', 'card_stolen', 'card_broken', 'phone_lost', 'other'));
alter table passes add constraint passes_replaced_by_fk
  foreign key (tenant_id, replaced_by_pass_id) references passes(tenant_id, id);
alter table passes add constraint passes_replaced_has_successor
  check ((status = 'replaced') = (replaced_by_pass_id is not null));

create function passes_replaced_is_final() returns trigger language plpgsql as $$
begin
  raise exception 'pass % was replaced and can never be reactivated', old.number using errcode = 'SP014';
end;
$$;

-- Only on changes of these columns, and only for replaced passes: the till's usage-version update
-- (redemption_seq) never fires it.
create trigger passes_replaced_is_final
  before update of status, replaced_by_pass_id on passes
  for each row when (old.status = 'replaced' and (new.status <> 'replaced' or new.replaced_by_pass_id is distinct from old.replaced_by_pass_id))
  execute function passes_replaced_is_final();
