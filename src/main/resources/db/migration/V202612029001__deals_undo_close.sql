-- Whether the deal had been lost before its latest close: undoing a mistaken "lost" puts lost_once back, so
-- that a deal marked lost by mistake and then won is not counted as won back.
alter table deal add column lost_before_close boolean default false not null;
