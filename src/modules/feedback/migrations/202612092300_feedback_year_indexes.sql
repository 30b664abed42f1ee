-- The dashboards ask the feedback module for one calendar year's figures (insight-figures.ts) on
-- every read. Without these, each read scanned every rating and every answer ever given: at the
-- full benchmark size (10 million redemptions, 200,000 ratings) that was most of a dashboard's time.
-- The year's ratings: counted, averaged and their raters counted from the index alone.
create index offer_ratings_year on offer_ratings (tenant_id, created_at) include (holder_id, stars);
-- The year's residents' answers, and per survey the answers to an ease-of-use question.
create index survey_responses_answered on survey_responses (tenant_id, answered_on) where provider_id is null;
create index survey_responses_survey_answered on survey_responses (tenant_id, survey_id, answered_on);
drop index survey_responses_survey;
