-- Entries are authenticated with HMAC-SM3 under a key the database does not hold (key_id names it), and numbered
-- across all chains (global_seq), so that removing entries anywhere leaves a gap. audit_sequence is the one counter;
-- it is locked before any chain head, so appends never wait on each other in opposite orders.
alter table audit_entry add column global_seq bigint;
alter table audit_entry add column key_id varchar(16);
create unique index audit_entry_global_seq on audit_entry (global_seq);

create table audit_sequence (
    id          int    not null primary key,
    last_global bigint not null
);
insert into audit_sequence (id, last_global) values (1, 0);

-- The breaks the last verification found, per chain (seq 0: the whole chain is missing; the all-ones id: a gap in the
-- installation-wide sequence, seq being its first missing number); replaced at each verification.
create table audit_break (
    chain_id         uuid                     not null primary key,
    first_broken_seq bigint                   not null,
    reason           varchar(60)              not null,
    found_at         timestamp with time zone not null
);
