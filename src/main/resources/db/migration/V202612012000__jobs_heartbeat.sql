-- A job that runs writes a heartbeat every few seconds; one whose heartbeat stopped (its node was killed)
-- is marked failed by any node, instead of showing "running" for ever.
alter table import_job add column heartbeat_at timestamp with time zone;
alter table job_run add column heartbeat_at timestamp with time zone;
