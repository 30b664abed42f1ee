-- Offers valid on some weekdays or hours only (seed 000 §8A: "in luwe periodes"). A list of
-- windows, each {"days": [1..7], "from": "HH:MM", "until": "HH:MM"} on Dutch local time;
-- an empty list: valid at any time of the day. The till reads it with the offer it already
-- loads and checks it in memory (offers/valid-hours.ts).
alter table offers add column valid_hours jsonb not null default '[]'
  check (jsonb_typeof(valid_hours) = 'array');
