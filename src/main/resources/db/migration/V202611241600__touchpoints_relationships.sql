-- Touchpoints and relationship strength.

create table touchpoint (
    id               uuid primary key,
    channel          varchar(20) not null,
    initiated_by     varchar(10) not null,
    occurred_at      timestamp with time zone not null,
    duration_minutes integer,
    topic            varchar(10) not null,
    summary          varchar(300),
    notes            varchar(10000),
    organization_id  uuid references organization (id) on delete set null,
    owner_id         uuid not null references app_user (id),
    visibility       varchar(10) not null,
    source_channel   varchar(20) not null,
    source_detail    varchar(500),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint touchpoint_channel_known check (channel in
        ('in_person', 'meal', 'event', 'video', 'phone', 'email', 'message', 'social')),
    constraint touchpoint_initiated_known check (initiated_by in ('us', 'them')),
    constraint touchpoint_topic_known check (topic in ('business', 'personal')),
    constraint touchpoint_visibility_known check (visibility in ('shared', 'private')),
    constraint touchpoint_duration_sane check (duration_minutes is null or duration_minutes between 0 and 10080)
);
create index touchpoint_by_owner on touchpoint (owner_id, occurred_at);
create index touchpoint_by_organization on touchpoint (organization_id, occurred_at);
create index touchpoint_by_time on touchpoint (occurred_at, id);

-- The people a touchpoint was with. occurred_at is copied here so that a person's timeline and the
-- recomputation of their score read one index range, however many touchpoints the workspace holds.
create table touchpoint_person (
    touchpoint_id uuid not null references touchpoint (id) on delete cascade,
    person_id     uuid not null references person (id) on delete cascade,
    occurred_at   timestamp with time zone not null,
    primary key (touchpoint_id, person_id)
);
create index touchpoint_person_by_person on touchpoint_person (person_id, occurred_at, touchpoint_id);

-- The team members who took part (the one who logged it may or may not be one of them).
create table touchpoint_user (
    touchpoint_id uuid not null references touchpoint (id) on delete cascade,
    user_id       uuid not null references app_user (id),
    primary key (touchpoint_id, user_id)
);
create index touchpoint_user_by_user on touchpoint_user (user_id, touchpoint_id);

-- Scores per (person, team member), and per person for the whole team (user_id = the nil UUID).
-- strength_key = ln(raw strength) + ln(2) * (days since 1970 at computed_at) / half-life: raw strength
-- decays exponentially, so ordering by this key orders by today's score without recomputing anything.
create table relationship_score (
    person_id     uuid not null references person (id) on delete cascade,
    user_id       uuid not null,
    score         integer not null,
    tier          varchar(20) not null,
    trend         varchar(10) not null,
    strength_key  double precision not null,
    last_touch_at timestamp with time zone,
    facts         varchar(4000) not null,
    computed_at   timestamp with time zone not null,
    primary key (person_id, user_id),
    constraint relationship_score_tier_known check (tier in ('connection', 'acquaintance', 'relationship', 'trusted'))
);
create index relationship_score_by_user on relationship_score (user_id, strength_key);
