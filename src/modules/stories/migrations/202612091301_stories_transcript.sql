-- Issue 20, the podcast: an episode has a transcript (Markdown, like the body), for people who
-- cannot or would rather not listen.
alter table stories add column transcript_markdown text not null default ''
  check (length(transcript_markdown) <= 100000);
