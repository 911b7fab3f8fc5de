-- 通知: the in-app inbox. A notice with a de-duplication key is stored once, however often it is sent
-- (a clock turning overdue notifies its owner once, even with several nodes).

create table notification_message (
    id           uuid                     not null primary key,
    org_id       uuid                     not null,
    recipient_id uuid                     not null,
    title        varchar(200)             not null,
    body         varchar(2000),
    link         varchar(300),
    dedupe_key   varchar(200),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    emailed_at   timestamp with time zone,
    constraint notification_message_dedupe unique (dedupe_key)
);
create index notification_message_recipient on notification_message (recipient_id, read_at);
