-- How far an import has read its file, in bytes of the file's size, and the time left at the rate so far:
-- what a progress bar needs, whatever the format's idea of a record.
alter table import_job add column bytes_read bigint not null default 0;
alter table import_job add column bytes_total bigint not null default 0;
alter table import_job add column seconds_left bigint;
