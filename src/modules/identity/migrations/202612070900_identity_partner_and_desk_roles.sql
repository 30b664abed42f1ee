-- Two new staff roles (issues 14 and 17), in the identity module's own table:
--   partner_staff: staff of a partner organisation (which partner: the partners module's partner_staff);
--   desk_staff: staff of a sales point, who sell and renew passes at a desk and see only what a sale needs.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check
  check (role in ('resident', 'till_staff', 'provider_admin', 'org_admin', 'partner_staff', 'desk_staff'));
