-- Issue 16 (decision 0051): a business association becomes a co-owner ("aandeelhouder") of the pass,
-- as a partner of kind co_owner. Its staff get the role co_owner, not partner_staff.
alter table partners drop constraint if exists partners_kind_check;
alter table partners add constraint partners_kind_check
  check (kind in ('community_centre', 'volunteer_organisation', 'sport_club', 'informal_group', 'other', 'co_owner'));
