-- 全过程记录: one append-only, SM3 hash-chained log per organization. The head row holds the last sequence
-- number and hash, so that removing entries from the end of a chain is detected too.

create table audit_chain (
    org_id    uuid        not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

create table audit_entry (
    id           uuid                     not null primary key,
    org_id       uuid                     not null,
    seq          bigint                   not null,
    occurred_at  timestamp with time zone not null,
    actor_id     uuid,
    actor_name   varchar(100)             not null,
    action       varchar(60)              not null,
    entity_type  varchar(60)              not null,
    entity_id    varchar(100),
    summary      varchar(500),
    before_state text,
    after_state  text,
    prev_hash    varchar(64)              not null,
    hash         varchar(64)              not null,
    constraint audit_entry_chain_seq unique (org_id, seq)
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_occurred on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor_id);
