-- The cadence set on a person is an updatable resource like the others: a version for ETag and If-Match.
-- Removing it keeps the row without an interval, so that the version goes on counting: an ETag read
-- before a removal never matches a cadence set again afterwards. Rows from before start at version 0.
alter table cadence add column version bigint default 0 not null;
alter table cadence alter column interval_days drop not null;
