-- Issue 16 (decision 0051): co_owner, the staff of a business association that is a co-owner
-- ("aandeelhouder") of the pass, a partner of kind co_owner (which partner: the partners module's
-- partner_staff). Reads the campaign calendar and the sponsor overview of its own association.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check
  check (role in ('resident', 'till_staff', 'provider_admin', 'org_admin', 'partner_staff', 'desk_staff',
                  'policy_officer', 'editor', 'chief_editor', 'support_group', 'wijkmanager', 'co_owner'));
