-- What a lead was made from, when another module hands it in (issue 18): `need:<id>` for a need of
-- the needs scan's groslijst. One lead per source and reference, so handing the same need in twice
-- gives back the lead made the first time.
alter table recruitment_leads add column source_ref text;
create unique index recruitment_leads_source_ref on recruitment_leads (tenant_id, source, source_ref)
  where source_ref is not null;
