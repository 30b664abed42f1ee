-- A sponsor's logo is a picture too (issue 16, point 9): shown with its name and link on the
-- public route pages and the actiebudget page, only when the sponsor agreed to publicity.
alter table media_images drop constraint media_images_purpose_check;
alter table media_images add constraint media_images_purpose_check
  check (purpose in ('offer', 'provider', 'route', 'story', 'sponsor'));
