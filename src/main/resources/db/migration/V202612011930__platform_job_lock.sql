-- One row per scheduled job: the node that runs it holds it until locked_until, so that with several
-- nodes on one database each schedule runs once. Run-time state only: backups leave it out.
create table job_lock (
    name         varchar(100) primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(200) not null
);
