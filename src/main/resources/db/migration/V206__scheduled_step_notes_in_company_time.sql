-- Issue 18 D18: a survey scheduled for 09:00 Berlin read "for 2027-03-29T07:00:00Z" in its history. New
-- steps are written as people read times (Dates.dayTime: "29 Mar 2027, 09:00", the company time zone);
-- the steps already stored are rewritten the same way. Every connection's TimeZone is the company's
-- (spring.datasource.hikari.connection-init-sql), so to_char reads the instant in that zone.
update survey_step
set note = 'for ' || to_char(substring(note from 5)::timestamptz, 'FMDD Mon YYYY, HH24:MI')
where kind = 'SCHEDULED'
  and note ~ '^for \d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$';
