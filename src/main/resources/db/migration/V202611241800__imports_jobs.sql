-- Import jobs: one row per uploaded file, its progress and outcome; updated outside the import's own
-- transaction so that progress shows while it runs.
create table import_job (
    id            uuid primary key,
    owner_id      uuid not null references app_user (id),
    file_name     varchar(255) not null,
    format        varchar(20) not null,
    layout        varchar(40),
    status        varchar(20) not null,
    dry_run       boolean not null,
    skip_bad      boolean not null,
    shared        boolean not null,
    records_read  bigint not null,
    created       bigint not null,
    updated       bigint not null,
    unchanged     bigint not null,
    skipped       bigint not null,
    failed        bigint not null,
    people_created bigint not null,
    warnings      bigint not null,
    problem       varchar(2000),
    problem_place varchar(500),
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone
);
create index import_job_by_owner on import_job (owner_id, created_at);

-- What a job noticed: deviations it accepted (warning) and records it left out (skipped), with the place.
create table import_note (
    job_id  uuid not null references import_job (id) on delete cascade,
    ordinal integer not null,
    kind    varchar(10) not null,
    place   varchar(500) not null,
    message varchar(1000) not null,
    primary key (job_id, ordinal)
);

-- Stable keys of imported records (vCard UID, calendar UID and occurrence, Message-ID, thread and day), as
-- SHA-256, so that importing the same file again finds what it made the first time. Per importer: one
-- user's import never finds, nor hints at, what another user's import made.
create table import_key (
    owner_id   uuid not null references app_user (id) on delete cascade,
    kind       varchar(20) not null,
    key_hash   varchar(64) not null,
    record_id  uuid not null,
    created_at timestamp with time zone not null,
    primary key (owner_id, kind, key_hash)
);
