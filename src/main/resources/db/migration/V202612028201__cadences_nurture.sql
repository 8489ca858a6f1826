-- The nurture of a lost deal: its decision makers and champions are kept in touch with every interval_days from
-- the loss (started_at) until the deal is reopened or won (ended_at). A nurture never replaces a person's own
-- cadence: while it runs, the shorter of the two applies. Ended rows stay: a deal lost again starts the same
-- row anew.
create table cadence_nurture (
    deal_id       uuid    not null references deal (id) on delete cascade,
    person_id     uuid    not null references person (id) on delete cascade,
    interval_days integer not null,
    started_at    timestamp with time zone not null,
    ended_at      timestamp with time zone,
    primary key (deal_id, person_id),
    constraint cadence_nurture_interval_sane check (interval_days between 1 and 3650)
);
create index cadence_nurture_by_person on cadence_nurture (person_id, ended_at);
