-- Of the records an import skipped, the messages no person wrote (delivery reports, auto-replies, mailing
-- lists, no-reply senders): counted apart so that a mailbox full of newsletters explains its skipped count.
alter table import_job add column skipped_automatic bigint default 0 not null;
