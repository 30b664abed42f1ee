-- Roles for the capabilities of issues 18 and 20, in one migration so that no two modules redefine
-- the same constraint: policy_officer (beleidsmedewerker, reads the dashboards of their opgaven),
-- editor and chief_editor (stories and newsletters), support_group (the supportgroep) and
-- wijkmanager (adds recruitment leads and judges volunteer budgets for their own wijk).
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check
  check (role in ('resident', 'till_staff', 'provider_admin', 'org_admin', 'partner_staff', 'desk_staff',
                  'policy_officer', 'editor', 'chief_editor', 'support_group', 'wijkmanager'));
