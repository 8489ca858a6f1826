-- Partners: companies and individual tradespeople or service firms that the team and the people it knows
-- recommend. A partner is an organization or a person of the workspace, and is seen by exactly those who may see
-- that record: it has no visibility of its own.
create table partner (
    id              uuid primary key,
    version         bigint       not null,
    name            varchar(200) not null,
    sort_name       varchar(400) not null,
    kind            varchar(20)  not null,
    organization_id uuid references organization (id) on delete cascade,
    person_id       uuid references person (id) on delete cascade,
    description     varchar(4000),
    website         varchar(500),
    created_by      uuid         not null references app_user (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint partner_kind_known check (kind in ('company', 'individual')),
    constraint partner_one_party check ((organization_id is null) <> (person_id is null)),
    constraint partner_one_per_organization unique (organization_id),
    constraint partner_one_per_person unique (person_id)
);
create index partner_by_name on partner (sort_name, id);

-- The workspace's vocabulary of specialties. Each specialty is found by its name and by each synonym
-- ("electrician" and "electrical" find the same one); term holds them lower-cased and trimmed.
create table specialty (
    id         uuid primary key,
    version    bigint       not null,
    name       varchar(100) not null,
    created_at timestamp with time zone not null
);
create table specialty_term (
    term         varchar(100) primary key,
    specialty_id uuid not null references specialty (id) on delete cascade,
    is_name      boolean not null
);
create index specialty_term_by_specialty on specialty_term (specialty_id);

-- A starter vocabulary; admins and managers change it. Ids are fixed so that every workspace starts alike.
insert into specialty (id, version, name, created_at) values
    ('00000000-0000-7000-8000-000000001901', 0, 'Plumbing', current_timestamp),
    ('00000000-0000-7000-8000-000000001902', 0, 'Electrical', current_timestamp),
    ('00000000-0000-7000-8000-000000001903', 0, 'Carpentry', current_timestamp),
    ('00000000-0000-7000-8000-000000001904', 0, 'Roofing', current_timestamp),
    ('00000000-0000-7000-8000-000000001905', 0, 'Heating', current_timestamp),
    ('00000000-0000-7000-8000-000000001906', 0, 'IT services', current_timestamp),
    ('00000000-0000-7000-8000-000000001907', 0, 'Networking', current_timestamp),
    ('00000000-0000-7000-8000-000000001908', 0, 'Security', current_timestamp),
    ('00000000-0000-7000-8000-000000001909', 0, 'Cabling', current_timestamp),
    ('00000000-0000-7000-8000-000000001910', 0, 'Painting', current_timestamp),
    ('00000000-0000-7000-8000-000000001911', 0, 'Accounting', current_timestamp),
    ('00000000-0000-7000-8000-000000001912', 0, 'Legal', current_timestamp);
insert into specialty_term (term, specialty_id, is_name) values
    ('plumbing', '00000000-0000-7000-8000-000000001901', true),
    ('plumber', '00000000-0000-7000-8000-000000001901', false),
    ('electrical', '00000000-0000-7000-8000-000000001902', true),
    ('electrician', '00000000-0000-7000-8000-000000001902', false),
    ('electrics', '00000000-0000-7000-8000-000000001902', false),
    ('carpentry', '00000000-0000-7000-8000-000000001903', true),
    ('carpenter', '00000000-0000-7000-8000-000000001903', false),
    ('joiner', '00000000-0000-7000-8000-000000001903', false),
    ('joinery', '00000000-0000-7000-8000-000000001903', false),
    ('roofing', '00000000-0000-7000-8000-000000001904', true),
    ('roofer', '00000000-0000-7000-8000-000000001904', false),
    ('heating', '00000000-0000-7000-8000-000000001905', true),
    ('hvac', '00000000-0000-7000-8000-000000001905', false),
    ('boiler', '00000000-0000-7000-8000-000000001905', false),
    ('heating engineer', '00000000-0000-7000-8000-000000001905', false),
    ('it services', '00000000-0000-7000-8000-000000001906', true),
    ('managed services', '00000000-0000-7000-8000-000000001906', false),
    ('msp', '00000000-0000-7000-8000-000000001906', false),
    ('it support', '00000000-0000-7000-8000-000000001906', false),
    ('networking', '00000000-0000-7000-8000-000000001907', true),
    ('network', '00000000-0000-7000-8000-000000001907', false),
    ('wifi', '00000000-0000-7000-8000-000000001907', false),
    ('security', '00000000-0000-7000-8000-000000001908', true),
    ('cctv', '00000000-0000-7000-8000-000000001908', false),
    ('alarms', '00000000-0000-7000-8000-000000001908', false),
    ('access control', '00000000-0000-7000-8000-000000001908', false),
    ('cabling', '00000000-0000-7000-8000-000000001909', true),
    ('structured cabling', '00000000-0000-7000-8000-000000001909', false),
    ('cabler', '00000000-0000-7000-8000-000000001909', false),
    ('painting', '00000000-0000-7000-8000-000000001910', true),
    ('painter', '00000000-0000-7000-8000-000000001910', false),
    ('decorator', '00000000-0000-7000-8000-000000001910', false),
    ('decorating', '00000000-0000-7000-8000-000000001910', false),
    ('accounting', '00000000-0000-7000-8000-000000001911', true),
    ('accountant', '00000000-0000-7000-8000-000000001911', false),
    ('bookkeeping', '00000000-0000-7000-8000-000000001911', false),
    ('legal', '00000000-0000-7000-8000-000000001912', true),
    ('lawyer', '00000000-0000-7000-8000-000000001912', false),
    ('solicitor', '00000000-0000-7000-8000-000000001912', false),
    ('attorney', '00000000-0000-7000-8000-000000001912', false);

create table partner_specialty (
    partner_id   uuid not null references partner (id) on delete cascade,
    specialty_id uuid not null references specialty (id) on delete cascade,
    primary key (partner_id, specialty_id)
);
create index partner_specialty_by_specialty on partner_specialty (specialty_id, partner_id);

-- Where a partner works: a city, a region or a country by name (place_key lower-cased), or a radius around a
-- point.
create table partner_area (
    id         uuid primary key,
    partner_id uuid         not null references partner (id) on delete cascade,
    kind       varchar(10)  not null,
    place      varchar(200),
    place_key  varchar(200),
    latitude   numeric(9, 6),
    longitude  numeric(9, 6),
    radius_km  integer,
    constraint partner_area_kind_known check (kind in ('city', 'region', 'country', 'radius')),
    constraint partner_area_named check (kind = 'radius' or place_key is not null),
    constraint partner_area_circle check (kind <> 'radius'
        or (latitude is not null and longitude is not null and radius_km between 1 and 20000))
);
create index partner_area_by_partner on partner_area (partner_id);
create index partner_area_by_place on partner_area (kind, place_key, partner_id);

create table partner_certification (
    id         uuid primary key,
    partner_id uuid         not null references partner (id) on delete cascade,
    name       varchar(200) not null,
    issuer     varchar(200),
    expires_on date
);
create index partner_certification_by_partner on partner_certification (partner_id);

-- The people to talk to at a partner.
create table partner_contact (
    partner_id uuid not null references partner (id) on delete cascade,
    person_id  uuid not null references person (id) on delete cascade,
    role       varchar(200),
    primary key (partner_id, person_id)
);
create index partner_contact_by_person on partner_contact (person_id);

-- Who recommended a partner: a person of the workspace or a team member. Only the one who recorded it edits it.
-- An endorsement by a person is seen only by those who may see that person.
create table endorsement (
    id                 uuid primary key,
    version            bigint  not null,
    partner_id         uuid    not null references partner (id) on delete cascade,
    endorser_person_id uuid references person (id) on delete cascade,
    endorser_user_id   uuid references app_user (id),
    specialty_id       uuid references specialty (id) on delete set null,
    endorsed_on        date    not null,
    said               varchar(2000),
    rating             integer not null,
    recorded_by        uuid    not null references app_user (id),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint endorsement_one_endorser check ((endorser_person_id is null) <> (endorser_user_id is null)),
    constraint endorsement_rating_range check (rating between 1 and 5)
);
create index endorsement_by_partner on endorsement (partner_id, endorsed_on);
create index endorsement_by_person on endorsement (endorser_person_id);
create index endorsement_by_user on endorsement (endorser_user_id);

-- A referral given (we sent someone to the partner) or received (someone sent us to it, or the partner sent us a
-- customer), with its outcome; a delivered outcome counts in the partner's delivery record.
create table referral (
    id           uuid primary key,
    version      bigint       not null,
    partner_id   uuid         not null references partner (id) on delete cascade,
    direction    varchar(10)  not null,
    person_id    uuid references person (id) on delete cascade,
    specialty_id uuid references specialty (id) on delete set null,
    need         varchar(500),
    referred_on  date         not null,
    outcome      varchar(20),
    outcome_on   date,
    recorded_by  uuid         not null references app_user (id),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint referral_direction_known check (direction in ('given', 'received')),
    constraint referral_outcome_known check (outcome in ('engaged', 'declined', 'delivered_well', 'delivered_badly'))
);
create index referral_by_partner on referral (partner_id, referred_on);
create index referral_by_person on referral (person_id);
