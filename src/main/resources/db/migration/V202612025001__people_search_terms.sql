-- The words people are found by, as every prefix of every word (lower case, accents removed, at most 20
-- characters): a search is an index lookup of the words typed, on H2 and PostgreSQL alike, instead of a
-- LIKE '%...%' scan of every person. Kept by the people module on every write of a person or organization.
-- An organization's words are its own: a person is found by them only while the organization may be seen.

create table person_search_term (
    person_id uuid        not null references person (id) on delete cascade,
    term      varchar(40) not null,
    primary key (person_id, term)
);
create index person_search_term_by_term on person_search_term (term, person_id);

create table organization_search_term (
    organization_id uuid        not null references organization (id) on delete cascade,
    term            varchar(40) not null,
    primary key (organization_id, term)
);
create index organization_search_term_by_term on organization_search_term (term, organization_id);
