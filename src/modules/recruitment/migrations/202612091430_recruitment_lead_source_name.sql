-- Who handed a lead in, by name (issue 20): a supportgroep member's lead shows their name as source.
alter table recruitment_leads add column source_name text;
