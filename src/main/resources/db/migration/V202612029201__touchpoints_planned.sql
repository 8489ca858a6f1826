-- Meetings planned with people: not touchpoints until someone logs them, so they never count in scores,
-- due dates or touchpoint counts. origin_kind and origin_ref are the caller's (the advisor, a hand-over plan),
-- opaque here.
create table planned_touchpoint (
    id              uuid primary key,
    assignee_id     uuid not null references app_user (id),
    channel         varchar(20) not null default 'in_person',
    planned_at      timestamp with time zone not null,
    purpose         varchar(1000),
    organization_id uuid references organization (id) on delete set null,
    deal_id         uuid references deal (id) on delete set null,
    origin_kind     varchar(40),
    origin_ref      varchar(200),
    status          varchar(10) not null,
    touchpoint_id   uuid references touchpoint (id) on delete set null,
    created_by      uuid not null references app_user (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint planned_touchpoint_channel_known check (channel in
        ('in_person', 'meal', 'event', 'video', 'phone', 'email', 'message', 'social')),
    constraint planned_touchpoint_status_known check (status in ('planned', 'done', 'cancelled'))
);
-- A user's upcoming meetings (Today, the calendar feed) read one range of this index.
create index planned_touchpoint_by_assignee on planned_touchpoint (assignee_id, status, planned_at);
create index planned_touchpoint_by_origin on planned_touchpoint (origin_kind, origin_ref);
create index planned_touchpoint_by_touchpoint on planned_touchpoint (touchpoint_id);

create table planned_touchpoint_person (
    planned_id uuid not null references planned_touchpoint (id) on delete cascade,
    person_id  uuid not null references person (id) on delete cascade,
    primary key (planned_id, person_id)
);
create index planned_touchpoint_person_by_person on planned_touchpoint_person (person_id, planned_id);

-- Other team members joining (the colleague being introduced, say).
create table planned_touchpoint_user (
    planned_id uuid not null references planned_touchpoint (id) on delete cascade,
    user_id    uuid not null references app_user (id),
    primary key (planned_id, user_id)
);
create index planned_touchpoint_user_by_user on planned_touchpoint_user (user_id, planned_id);
