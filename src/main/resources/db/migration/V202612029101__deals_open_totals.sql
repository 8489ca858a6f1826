-- The board's counts and sums of open deals, kept as deals change (PipelineTotals): one row per stage, currency,
-- owner and visibility, the only columns a reader's visibility and the board's usual filters look at. A board
-- then adds up a few hundred rows instead of reading every open deal: with 13,000 of them the sums alone took
-- longer than the whole board may. Derived from deal alone, so it has no foreign keys: a restore writes it and
-- then counts it again, and nothing but its recount and the deals facade ever writes it.
create table deal_open_total (
    stage_id       uuid        not null,
    -- '' for the deals without a value: a key column cannot be null.
    value_currency varchar(3)  not null,
    owner_id       uuid        not null,
    visibility     varchar(10) not null,
    deals          bigint      not null,
    total          bigint      not null,
    primary key (stage_id, value_currency, owner_id, visibility)
);

insert into deal_open_total (stage_id, value_currency, owner_id, visibility, deals, total)
select stage_id, coalesce(value_currency, ''), owner_id, visibility, count(*), coalesce(sum(value_amount), 0)
  from deal
 where outcome = 'open'
 group by stage_id, coalesce(value_currency, ''), owner_id, visibility;
