-- One row per (keyed hash of a) commenting address, locked while a comment from it is counted and stored.
create table consultation_comment_quota (
    address_hash varchar(64) not null primary key
);
