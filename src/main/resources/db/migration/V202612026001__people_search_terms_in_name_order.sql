-- A search lists people by name a page at a time: each word row carries its person's sort name, and the index
-- (term, sort_name, person_id) hands out the people a word finds already in that order, so the first page is
-- read without reading every match (a word that begins a thousand names read them all before sorting).
-- A person's rows hold their organization's words too, marked through_organization: one ordered index for
-- both, instead of a union that had to be sorted. Those rows find the person only while the organization may
-- be seen, which the search checks as before.

alter table person_search_term add column sort_name varchar(400);
alter table person_search_term add column through_organization boolean default false not null;

-- Filled by the next migration (SearchTermsInNameOrder), which a restore of an older backup runs too.

create index person_search_term_in_name_order on person_search_term (term, sort_name, person_id);
drop index person_search_term_by_term;
