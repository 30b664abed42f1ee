-- The sponsor's own website, linked from its name on the public pages (issue 16, point 9), only
-- when one of its pledges agreed to publicity. Empty: its name is shown without a link.
alter table sponsors add column website_url text check (website_url ~ '^https?://');
