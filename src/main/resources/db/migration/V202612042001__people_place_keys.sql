-- Each address's city, region and country lower-cased beside it, so that a place asked for by name (a referral
-- search's "near") is an index lookup rather than a scan of every person and site: H2 has no expression indexes.
-- Kept by the people module on every write of a person or organization, and derived again after a restore.
-- Twice as wide as what they key: lower() can lengthen a name ('İ' becomes two characters).
alter table person add column city_key varchar(200);
alter table person add column region_key varchar(200);
alter table person add column country_key varchar(200);
alter table organization_site add column city_key varchar(200);
alter table organization_site add column region_key varchar(200);
alter table organization_site add column country_key varchar(200);

update person set city_key = lower(city), region_key = lower(region), country_key = lower(country);
update organization_site set city_key = lower(city), region_key = lower(region), country_key = lower(country);

create index person_by_city_key on person (city_key);
create index person_by_region_key on person (region_key);
create index person_by_country_key on person (country_key);
create index organization_site_by_city_key on organization_site (city_key);
create index organization_site_by_region_key on organization_site (region_key);
create index organization_site_by_country_key on organization_site (country_key);
