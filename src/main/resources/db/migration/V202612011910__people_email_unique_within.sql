-- An address is unique among the records that are seen together, no longer across the whole workspace:
-- refusing a member's new contact because a colleague keeps the same address on a private record would
-- tell them that record exists. unique_within names the records an address must be unique among: every
-- shared record (the nil UUID), or the private records of one owner (the owner's id; the all-ones UUID for
-- a private record without owner). The application keeps it in step with the person's visibility and owner,
-- and refuses an address that a record the user may see already holds; the owner of a private record sees
-- the others that hold its addresses and merges them. The unique index still serves lookups by address.
alter table person_email add column unique_within uuid default '00000000-0000-0000-0000-000000000000' not null;
update person_email
   set unique_within = (select case when p.visibility = 'private'
                                    then coalesce(p.owner_id, cast('ffffffff-ffff-ffff-ffff-ffffffffffff' as uuid))
                                    else cast('00000000-0000-0000-0000-000000000000' as uuid) end
                          from person p where p.id = person_email.person_id);
alter table person_email drop constraint person_email_address_unique;
alter table person_email add constraint person_email_address_unique_within unique (address, unique_within);
