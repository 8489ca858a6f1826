-- Each user's time zone (an IANA name such as Europe/London): pages show times in it, forms read them in
-- it, and "today" for their agenda is their day. Empty until they choose one or their browser tells it.
alter table app_user add column time_zone varchar(64);
