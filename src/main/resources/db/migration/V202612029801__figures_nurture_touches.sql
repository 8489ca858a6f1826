-- The figures' nurture of lost deals, kept as deals and touchpoints change (NurtureTouches): for every deal now
-- lost, each touchpoint since its loss with each of its decision makers and champions. open_to_all says that
-- everyone may read the touchpoint (it is shared, at no private organization, and with no private person): a
-- reader's figures take those as they are and check only the others against the touchpoint rules, instead of
-- following every nurtured person's touchpoints and checking each on every request. A row that says false when it
-- could say true costs a check and nothing else; one that says true must be true.
create table deal_nurture_touch (
    deal_id       uuid not null references deal (id) on delete cascade,
    person_id     uuid not null references person (id) on delete cascade,
    touchpoint_id uuid not null references touchpoint (id) on delete cascade,
    occurred_at   timestamp with time zone not null,
    open_to_all   boolean not null,
    primary key (deal_id, touchpoint_id, person_id)
);
create index deal_nurture_touch_by_touchpoint on deal_nurture_touch (touchpoint_id);
create index deal_nurture_touch_by_person on deal_nurture_touch (person_id);

insert into deal_nurture_touch (deal_id, person_id, touchpoint_id, occurred_at, open_to_all)
select distinct d.id, dpp.person_id, t.id, t.occurred_at,
       t.visibility = 'shared'
       and (t.organization_id is null or exists (select 1 from organization o
                                                  where o.id = t.organization_id and o.visibility = 'shared'))
       and not exists (select 1 from touchpoint_person op join person p on p.id = op.person_id
                        where op.touchpoint_id = t.id and p.visibility <> 'shared')
  from deal d
  join deal_person dpp on dpp.deal_id = d.id and dpp.role in ('decision_maker', 'champion')
  join touchpoint_person tp on tp.person_id = dpp.person_id and tp.occurred_at >= d.closed_at
  join touchpoint t on t.id = tp.touchpoint_id
 where d.outcome = 'lost';

-- The outcomes of the deals closed in a period, read from the index alone: every column they need is in it.
create index deal_closed on deal (outcome, closed_at, owner_id, visibility, won_back, organization_id);
