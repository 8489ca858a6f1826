-- Deals: the pipeline is the middle of the story, not the whole. A deal at an organization, with people in
-- roles, a value in integer minor units of an ISO 4217 currency (never floating point), a stage of the
-- workspace's pipeline while open, and an outcome once closed: won, lost (with a reason and the competitor who
-- won) or walked away. Every move and outcome is kept in deal_event, who and when; a reopened deal keeps it.

-- The workspace's pipeline: admins name the stages, order them and give each a win probability (percent) and
-- the days a deal may stay idle in it before it shows as going stale.
create table pipeline_stage (
    id              uuid primary key,
    name            varchar(80)  not null,
    position        integer      not null,
    win_probability integer      not null,
    idle_days       integer,
    created_at      timestamp with time zone not null,
    constraint pipeline_stage_probability_sane check (win_probability between 0 and 100),
    constraint pipeline_stage_idle_sane check (idle_days is null or idle_days between 1 and 3650),
    constraint pipeline_stage_name_unique unique (name)
);

insert into pipeline_stage (id, name, position, win_probability, idle_days, created_at) values
    ('0193a000-0000-7000-8000-000000000001', 'Qualified',   1, 10, 30, current_timestamp),
    ('0193a000-0000-7000-8000-000000000002', 'Discovery',   2, 25, 21, current_timestamp),
    ('0193a000-0000-7000-8000-000000000003', 'Proposal',    3, 50, 14, current_timestamp),
    ('0193a000-0000-7000-8000-000000000004', 'Negotiation', 4, 75, 14, current_timestamp);

-- Why deals are lost, as the workspace words them; a loss names one of these and may add free text.
create table deal_loss_reason (
    id       uuid primary key,
    label    varchar(120) not null,
    position integer      not null,
    constraint deal_loss_reason_label_unique unique (label)
);

insert into deal_loss_reason (id, label, position) values
    ('0193a000-0000-7000-8000-000000000101', 'Price', 1),
    ('0193a000-0000-7000-8000-000000000102', 'Product fit', 2),
    ('0193a000-0000-7000-8000-000000000103', 'Timing', 3),
    ('0193a000-0000-7000-8000-000000000104', 'Relationship with the competitor', 4),
    ('0193a000-0000-7000-8000-000000000105', 'No decision', 5),
    ('0193a000-0000-7000-8000-000000000106', 'Other', 6);

-- Workspace-wide deal settings: one row.
create table deal_setting (
    id                 integer primary key,
    nurture_every_days integer not null,
    constraint deal_setting_one_row check (id = 1),
    constraint deal_setting_nurture_sane check (nurture_every_days between 1 and 3650)
);
insert into deal_setting (id, nurture_every_days) values (1, 30);

create table deal (
    id                 uuid primary key,
    version            bigint       not null,
    name               varchar(200) not null,
    sort_name          varchar(400) not null,
    -- Set null when the organization is deleted: the deal and its history stay.
    organization_id    uuid references organization (id) on delete set null,
    owner_id           uuid         not null references app_user (id),
    visibility         varchar(10)  not null,
    stage_id           uuid         not null references pipeline_stage (id),
    value_amount       bigint,
    value_currency     char(3),
    expected_close     date,
    outcome            varchar(12)  not null,
    closed_at          timestamp with time zone,
    loss_reason_id     uuid references deal_loss_reason (id),
    outcome_note       varchar(2000),
    won_by             varchar(200),
    -- A deal lost once and later reopened and won was won back.
    lost_once          boolean      not null default false,
    won_back           boolean      not null default false,
    origin_deal_id     uuid references deal (id) on delete set null,
    nurture_every_days integer,
    notes              varchar(10000),
    -- The last time something happened on the deal (created, moved, a touchpoint naming it): a deal idle in its
    -- stage longer than the stage allows is going stale.
    last_activity_at   timestamp with time zone not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint deal_visibility_known check (visibility in ('shared', 'private')),
    constraint deal_outcome_known check (outcome in ('open', 'won', 'lost', 'walked_away')),
    constraint deal_value_whole check ((value_amount is null and value_currency is null)
                                       or (value_amount is not null and value_currency is not null and value_amount >= 0)),
    constraint deal_closed_when check ((outcome = 'open') = (closed_at is null)),
    constraint deal_nurture_sane check (nurture_every_days is null or nurture_every_days between 1 and 3650)
);
create index deal_by_stage on deal (outcome, stage_id, sort_name, id);
create index deal_by_sort_name on deal (sort_name, id);
create index deal_by_owner on deal (owner_id, outcome);
create index deal_by_organization on deal (organization_id);
create index deal_by_origin on deal (origin_deal_id);

create table deal_person (
    deal_id   uuid        not null references deal (id) on delete cascade,
    person_id uuid        not null references person (id) on delete cascade,
    role      varchar(20) not null,
    constraint deal_person_role_known check (role in ('decision_maker', 'champion', 'influencer', 'user', 'blocker')),
    primary key (deal_id, person_id, role)
);
create index deal_person_by_person on deal_person (person_id, deal_id);

create table deal_competitor (
    deal_id uuid         not null references deal (id) on delete cascade,
    ordinal integer      not null,
    name    varchar(200) not null,
    primary key (deal_id, ordinal)
);

-- The deal's history: created, every stage move, every outcome and reopening, by whom and when.
create table deal_event (
    id            uuid primary key,
    deal_id       uuid         not null references deal (id) on delete cascade,
    occurred_at   timestamp with time zone not null,
    actor_id      uuid references app_user (id),
    kind          varchar(20)  not null,
    from_stage_id uuid references pipeline_stage (id),
    to_stage_id   uuid references pipeline_stage (id),
    reason        varchar(2000),
    competitor    varchar(200),
    constraint deal_event_kind_known check (kind in ('created', 'moved', 'won', 'lost', 'walked_away', 'reopened'))
);
create index deal_event_by_deal on deal_event (deal_id, occurred_at);

-- A touchpoint may name the deal it was about.
alter table touchpoint add column deal_id uuid;
alter table touchpoint add constraint touchpoint_deal_known foreign key (deal_id) references deal (id) on delete set null;
create index touchpoint_by_deal on touchpoint (deal_id, occurred_at);
