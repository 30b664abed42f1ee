-- Issue 16 (explainer material per audience, 000 §5B): explainers are stories of three more kinds,
-- written and published through the same editorial flow, Markdown and translations, and shown
-- together on the public page /uitleg: for businesses, for civil servants (one per opgave) and
-- for buurthuis initiatives.
alter table stories drop constraint if exists stories_kind_check;
alter table stories add constraint stories_kind_check
  check (kind in ('business_interview', 'route_highlight', 'wijk_event', 'workshop', 'volunteer_story', 'podcast',
                  'explainer_business', 'explainer_civil_servant', 'explainer_initiative'));
