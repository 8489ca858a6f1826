-- The kept nurture touchpoints a reader's figures check: those not everyone may read that keep a month more, found
-- by when they occurred (after the loss, so within the period or after it) and their gate, without reading the deals.
create index deal_nurture_touch_checked on deal_nurture_touch (beyond_open, open_to_all, occurred_at, gate_id, deal_id,
    touchpoint_id);

-- The closed deals of a period, with every column the figures ask of them (the id and nurture cadence too, for the
-- deals lost and won in it): read from the index alone.
drop index deal_closed;
create index deal_closed on deal (outcome, closed_at, owner_id, visibility, won_back, organization_id, id,
    nurture_every_days);
