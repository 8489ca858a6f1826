-- When each lost deal was lost, kept with its nurture (as the deal's own closed_at, rewritten with the rest whenever
-- the deal changes): the figures read a period's lost deals and their kept months as two range scans and join them
-- in memory, instead of looking up each deal's row here, which took most of the figures' time. The rows are counted
-- again by the Java migration that follows, with the column filled.
delete from deal_nurture_kept;
alter table deal_nurture_kept add column closed_at timestamp with time zone not null;
create index deal_nurture_kept_by_closing on deal_nurture_kept (closed_at, deal_id, open_person_id, months);
