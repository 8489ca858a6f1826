-- Hand-over plans: a user leaves or changes territory, and each relationship they hold gets a new owner and a
-- joint introduction meeting. planned_at and channel are the meeting proposed before the plan is accepted;
-- planned_touchpoint_id is the meeting planned on acceptance, met_at the first touchpoint since with the person
-- that the new owner took part in.
create table hand_over (
    id          uuid primary key,
    user_id     uuid not null references app_user (id),
    created_by  uuid not null references app_user (id),
    created_at  timestamp with time zone not null,
    accepted_at timestamp with time zone,
    status      varchar(10) not null,
    version     bigint not null,
    constraint hand_over_status_known check (status in ('proposed', 'accepted', 'done', 'cancelled'))
);
create index hand_over_by_user on hand_over (user_id, created_at);

create table hand_over_item (
    hand_over_id          uuid not null references hand_over (id) on delete cascade,
    person_id             uuid not null references person (id) on delete cascade,
    new_owner_id          uuid not null references app_user (id),
    planned_at            timestamp with time zone not null,
    channel               varchar(20) not null,
    planned_touchpoint_id uuid references planned_touchpoint (id) on delete set null,
    met_at                timestamp with time zone,
    primary key (hand_over_id, person_id),
    constraint hand_over_item_channel_known check (channel in
        ('in_person', 'meal', 'event', 'video', 'phone', 'email', 'message', 'social'))
);
-- A touchpoint logged with a person looks up the open items about them.
create index hand_over_item_by_person on hand_over_item (person_id, hand_over_id);
