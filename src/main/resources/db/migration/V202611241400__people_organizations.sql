-- People and organizations. One SQL for H2 (PostgreSQL mode) and PostgreSQL.
-- sort_name holds lower(name), which can be longer than the name ('İ' lower-cases to two characters):
-- H2 has no expression indexes, and lists page by (sort_name, id).

create table organization (
    id          uuid primary key,
    name        varchar(200) not null,
    sort_name   varchar(400) not null,
    domain      varchar(253),
    industry    varchar(100),
    tier        varchar(20)  not null,
    notes       varchar(10000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint organization_domain_unique unique (domain),
    constraint organization_tier_known check (tier in ('strategic', 'key', 'standard'))
);
create index organization_by_sort_name on organization (sort_name, id);

create table organization_site (
    organization_id uuid    not null references organization (id) on delete cascade,
    ordinal         integer not null,
    name            varchar(200) not null,
    city            varchar(100),
    region          varchar(100),
    country         varchar(100),
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    primary key (organization_id, ordinal)
);

create table person (
    id              uuid primary key,
    name            varchar(200) not null,
    sort_name       varchar(400) not null,
    title           varchar(200),
    organization_id uuid references organization (id) on delete set null,
    city            varchar(100),
    region          varchar(100),
    country         varchar(100),
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    birthday        date,
    notes           varchar(10000),
    source_channel  varchar(20) not null,
    source_detail   varchar(500),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null
);
create index person_by_sort_name on person (sort_name, id);
create index person_by_organization on person (organization_id);

-- An address belongs to one person in the workspace: the unique constraint is the last word on duplicates.
create table person_email (
    person_id uuid    not null references person (id) on delete cascade,
    ordinal   integer not null,
    address   varchar(254) not null,
    label     varchar(40),
    primary key (person_id, ordinal),
    constraint person_email_address_unique unique (address)
);

create table person_phone (
    person_id uuid    not null references person (id) on delete cascade,
    ordinal   integer not null,
    number    varchar(40) not null,
    label     varchar(40),
    primary key (person_id, ordinal)
);

create table person_tag (
    person_id uuid        not null references person (id) on delete cascade,
    tag       varchar(50) not null,
    primary key (person_id, tag)
);
create index person_tag_by_tag on person_tag (tag, person_id);
