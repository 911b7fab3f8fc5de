-- Failed sign-ins are counted per name typed (whether or not an account has it, so that the answers never tell the
-- two apart) and per client address, in one table; the account no longer carries its own counters.
create table organization_sign_in_guard (
    subject          varchar(120)             not null primary key,
    failures         int                      not null,
    first_failure_at timestamp with time zone,
    locked_until     timestamp with time zone
);
create index organization_sign_in_guard_locked on organization_sign_in_guard (locked_until);

alter table organization_user drop column failed_attempts;
alter table organization_user drop column locked_until;

-- Earlier password hashes, for the optional rule against reusing one (fazhi.security.password-history).
create table organization_password_history (
    user_id       uuid                     not null references organization_user (id) on delete cascade,
    password_hash varchar(100)             not null,
    replaced_at   timestamp with time zone not null
);
create index organization_password_history_user on organization_password_history (user_id, replaced_at);
