-- The closed deals counted per calendar month of closing (in UTC), owner and visibility, kept as deals change
-- (ClosedTotals): the figures of a period add up the rows of its whole months and count only the deals of the partial
-- months at either end, instead of every deal closed in it. Derived from deal alone, so it has no foreign keys: a
-- restore writes the deals and then counts these again. The Java migration that follows fills it.
create table deal_closed_total (
    closed_month date        not null,
    owner_id     uuid        not null,
    visibility   varchar(10) not null,
    won          bigint      not null,
    won_back     bigint      not null,
    lost         bigint      not null,
    walked_away  bigint      not null,
    primary key (closed_month, owner_id, visibility)
);
