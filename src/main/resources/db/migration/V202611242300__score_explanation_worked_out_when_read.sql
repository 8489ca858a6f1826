-- The explanation behind a score ("last touch 3 days ago", counts by channel) is worked out when it is
-- read: a stored one would soon be out of date, and writing it cost work on every touchpoint logged.
-- Scores no longer store it; the column stays, empty, so that backups taken before restore unchanged.
alter table relationship_score alter column facts drop not null;
