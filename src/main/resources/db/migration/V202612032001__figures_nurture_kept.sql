-- What the figures read of each lost deal's nurture besides its touchpoints, kept with them (NurtureTouches):
-- months, one character each from the loss on ('1' kept, '0' not), the months that touchpoints everyone may read
-- keep, up to the last of them; and one of its decision makers or champions whom everyone may see, if any. A reader's
-- figures then take those as they are and check, reader by reader, only the deals with no such person and the
-- touchpoints that would keep a month the open ones do not. The rows are filled by the Java migration that follows
-- (months are calendar months, which SQL shared by both databases does not count).
create table deal_nurture_kept (
    deal_id        uuid primary key references deal (id) on delete cascade,
    months         varchar(100000) not null,
    open_person_id uuid references person (id) on delete set null
);
create index deal_nurture_kept_by_person on deal_nurture_kept (open_person_id);

-- False when the touchpoint keeps no month that the touchpoints everyone may read do not keep already: a reader
-- gains nothing by being allowed to read it. True is always safe (checked, and counted if readable).
alter table deal_nurture_touch add column beyond_open boolean default true not null;

-- For a touchpoint not open to all, the one user besides managers and admins who might read it, when its privacy or
-- its private people leave only one (its owner, when it is private and nobody else took part; the owner of its
-- private people); the nil id when they leave nobody; null when more than one might. A member's figures check only
-- the touchpoints gated to them or to nobody in particular. Null is always safe (checked in full).
alter table deal_nurture_touch add column gate_id uuid;
