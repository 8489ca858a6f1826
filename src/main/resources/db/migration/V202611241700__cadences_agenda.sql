-- Keep-in-touch cadences, the agenda's read model, snoozes, calendar feeds, and runs of in-app jobs.

-- A cadence set directly on a person. channel null: any touchpoint meets it.
create table cadence (
    person_id     uuid primary key references person (id) on delete cascade,
    interval_days integer not null,
    channel       varchar(20),
    assignee_id   uuid references app_user (id),
    updated_by    uuid references app_user (id),
    updated_at    timestamp with time zone not null,
    constraint cadence_interval_sane check (interval_days between 1 and 3650)
);

-- Cadences by rule: every person with this tag, team tier or organization tier.
create table cadence_rule (
    id            uuid primary key,
    kind          varchar(20) not null,
    rule_value    varchar(50) not null,
    interval_days integer not null,
    channel       varchar(20),
    created_by    uuid references app_user (id),
    created_at    timestamp with time zone not null,
    constraint cadence_rule_kind_known check (kind in ('tag', 'tier', 'organization_tier')),
    constraint cadence_rule_interval_sane check (interval_days between 1 and 3650),
    constraint cadence_rule_unique unique (kind, rule_value, channel)
);

-- Who is due when: one row per person with a cadence, kept current on every touchpoint, cadence and rule
-- change, so that the agenda is one index range per user.
create table cadence_due (
    person_id           uuid primary key references person (id) on delete cascade,
    assignee_id         uuid not null references app_user (id),
    interval_days       integer not null,
    channel             varchar(20),
    rule_id             uuid,
    last_qualifying_at  timestamp with time zone,
    last_face_to_face_at timestamp with time zone,
    recent_channels     varchar(100),
    due_at              timestamp with time zone not null,
    value_weight        double precision not null,
    tier                varchar(20) not null
);
create index cadence_due_by_assignee on cadence_due (assignee_id, due_at);

create table agenda_snooze (
    user_id   uuid not null references app_user (id),
    person_id uuid not null references person (id) on delete cascade,
    until     timestamp with time zone not null,
    primary key (user_id, person_id)
);

-- Each user's secret calendar feed address; only its SHA-256 is kept.
create table calendar_feed (
    user_id     uuid primary key references app_user (id),
    secret_hash varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint calendar_feed_secret_unique unique (secret_hash)
);

create table job_run (
    id          uuid primary key,
    job         varchar(40)  not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    outcome     varchar(20)  not null,
    summary     varchar(4000)
);
create index job_run_by_job on job_run (job, started_at);
