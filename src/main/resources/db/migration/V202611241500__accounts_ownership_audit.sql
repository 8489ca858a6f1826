-- Users, API tokens, sign-in throttling, sessions, audit; owners and visibility of people and organizations.

create table app_user (
    id            uuid primary key,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    role          varchar(20)  not null,
    manager_id    uuid,
    password_hash varchar(200) not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint app_user_email_unique unique (email),
    constraint app_user_role_known check (role in ('admin', 'manager', 'member')),
    constraint app_user_manager_fk foreign key (manager_id) references app_user (id)
);
create index app_user_by_manager on app_user (manager_id);

-- Only the SHA-256 of a token is kept; the token itself is shown once, when it is issued.
create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    hint         varchar(16)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_by_user on api_token (user_id, created_at);

-- Failed sign-ins per account ('account:<email>') and per address ('address:<ip>').
create table login_throttle (
    subject           varchar(300) primary key,
    failures          integer not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone
);

create table audit_event (
    id          uuid primary key,
    occurred_at timestamp with time zone not null,
    actor_id    uuid references app_user (id),
    action      varchar(20)  not null,
    record_type varchar(40)  not null,
    record_id   uuid         not null,
    summary     varchar(300) not null,
    changes     varchar(20000)
);
create index audit_event_by_time on audit_event (occurred_at, id);
create index audit_event_by_record on audit_event (record_id, occurred_at);

-- Records made before there were users have no owner: they are shared, and only admins delete them.
alter table person add column owner_id uuid;
alter table person add column visibility varchar(10) default 'shared' not null;
alter table person add constraint person_owner_fk foreign key (owner_id) references app_user (id);
alter table person add constraint person_visibility_known check (visibility in ('shared', 'private'));
create index person_by_owner on person (owner_id);

alter table organization add column owner_id uuid;
alter table organization add column visibility varchar(10) default 'shared' not null;
alter table organization add constraint organization_owner_fk foreign key (owner_id) references app_user (id);
alter table organization add constraint organization_visibility_known check (visibility in ('shared', 'private'));
create index organization_by_owner on organization (owner_id);

-- A user's own note on a person: nobody else reads it, admins included.
create table person_private_note (
    person_id  uuid not null references person (id) on delete cascade,
    author_id  uuid not null references app_user (id),
    text       varchar(10000) not null,
    updated_at timestamp with time zone not null,
    primary key (person_id, author_id)
);

-- Spring Session's tables (sessions shared by every node).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
