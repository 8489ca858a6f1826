-- Deployments: a won deal (or a project opened directly) rolled out site by site until the customer uses it.
-- A deployment started by a deal is seen only by those who may see the deal; one opened directly has its own
-- owner and visibility, like people and deals. active_since is when it last reached active use (null while it is
-- not in it), first_active_on the first day it ever did: the figures count days from the deal won to that day.
create table deployment (
    id              uuid primary key,
    version         bigint       not null,
    name            varchar(200) not null,
    sort_name       varchar(400) not null,
    deal_id         uuid references deal (id) on delete set null,
    organization_id uuid references organization (id) on delete set null,
    owner_id        uuid         not null references app_user (id),
    visibility      varchar(10)  not null,
    -- The day the deal was won, or the deployment opened: active use is counted from here.
    started_on      date         not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    active_since    date,
    first_active_on date,
    notes           varchar(10000),
    constraint deployment_visibility_known check (visibility in ('shared', 'private')),
    constraint deployment_one_per_deal unique (deal_id)
);
create index deployment_by_name on deployment (sort_name, id);
create index deployment_by_organization on deployment (organization_id);
create index deployment_by_owner on deployment (owner_id);

-- A site goes live on its go-live day, or on its first day of usage when it has none. active_since is the first
-- day of its current span of active use.
create table deployment_site (
    id                 uuid primary key,
    deployment_id      uuid         not null references deployment (id) on delete cascade,
    version            bigint       not null,
    position           integer      not null,
    name               varchar(200) not null,
    city               varchar(200),
    region             varchar(200),
    country            varchar(100),
    latitude           numeric(9, 6),
    longitude          numeric(9, 6),
    licensed_seats     integer      not null,
    go_live_on         date,
    customer_person_id uuid references person (id) on delete set null,
    team_user_id       uuid references app_user (id),
    first_usage_on     date,
    last_usage_on      date,
    active_since       date,
    constraint deployment_site_seats_positive check (licensed_seats between 1 and 10000000),
    constraint deployment_site_name_unique unique (deployment_id, name)
);
create index deployment_site_by_deployment on deployment_site (deployment_id, position);

-- Active users of a site on a day, as posted; posting the day again replaces it.
create table deployment_usage (
    site_id      uuid    not null references deployment_site (id) on delete cascade,
    used_on      date    not null,
    active_users integer not null,
    primary key (site_id, used_on),
    constraint deployment_usage_not_negative check (active_users >= 0)
);

-- Named usage events of a site's day ("reports run": 42), replaced with the day.
create table deployment_usage_event (
    site_id uuid         not null references deployment_site (id) on delete cascade,
    used_on date         not null,
    name    varchar(100) not null,
    times   bigint       not null,
    primary key (site_id, used_on, name),
    constraint deployment_usage_event_not_negative check (times >= 0)
);

-- When a site, or the whole deployment (site_id null), reached or lost active use.
create table deployment_active_use (
    id            uuid primary key,
    deployment_id uuid    not null references deployment (id) on delete cascade,
    site_id       uuid references deployment_site (id) on delete cascade,
    changed_on    date    not null,
    reached       boolean not null
);
create index deployment_active_use_by_deployment on deployment_active_use (deployment_id, changed_on);

create table deployment_milestone (
    id            uuid primary key,
    deployment_id uuid         not null references deployment (id) on delete cascade,
    version       bigint       not null,
    position      integer      not null,
    name          varchar(200) not null,
    due_on        date,
    status        varchar(12)  not null,
    done_on       date,
    constraint deployment_milestone_status_known check (status in ('planned', 'in_progress', 'done', 'dropped'))
);
create index deployment_milestone_by_deployment on deployment_milestone (deployment_id, position);

-- What stands in the way: who owns it, since when, and whether it blocks a site going live.
create table deployment_obstacle (
    id            uuid primary key,
    deployment_id uuid          not null references deployment (id) on delete cascade,
    version       bigint        not null,
    site_id       uuid references deployment_site (id) on delete set null,
    description   varchar(2000) not null,
    owner_id      uuid references app_user (id),
    opened_at     timestamp with time zone not null,
    resolved_at   timestamp with time zone,
    blocking      boolean       not null
);
create index deployment_obstacle_by_deployment on deployment_obstacle (deployment_id, opened_at);

-- Partner firms (or individual tradespeople) taking part; the partners module reads its delivery record here.
create table deployment_partner (
    id              uuid primary key,
    deployment_id   uuid         not null references deployment (id) on delete cascade,
    organization_id uuid references organization (id) on delete cascade,
    person_id       uuid references person (id) on delete cascade,
    role            varchar(200),
    constraint deployment_partner_one_party check ((organization_id is null) <> (person_id is null))
);
create index deployment_partner_by_deployment on deployment_partner (deployment_id);
create index deployment_partner_by_organization on deployment_partner (organization_id);

-- The rule of active use and of health, one row of workspace settings (defaults in the README).
create table deployment_setting (
    id                   integer primary key,
    active_share_percent integer not null,
    active_days          integer not null,
    obstacle_days        integer not null,
    falling_days         integer not null,
    stalled_days         integer not null,
    constraint deployment_setting_one_row check (id = 1),
    constraint deployment_setting_sane check (active_share_percent between 1 and 100 and active_days between 1 and 365
        and obstacle_days between 1 and 365 and falling_days between 2 and 90 and stalled_days between 1 and 365)
);
insert into deployment_setting (id, active_share_percent, active_days, obstacle_days, falling_days, stalled_days)
values (1, 60, 14, 14, 7, 30);
