-- Calendar events an import left out because they lie outside its window (before "since", or still to come):
-- counted, so that a calendar of old meetings does not come back as "0 read" in silence.
alter table import_job add column outside_window bigint not null default 0;
