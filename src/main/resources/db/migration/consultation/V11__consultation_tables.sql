-- 公众参与 / 征求意见: consultations on a draft (a major decision, a normative document), open on the portal for a
-- period no shorter than the subject's rule, the comments received with the response to each, the offline
-- channels (座谈会, 论证会, 书面, 听证) with their records, and the published 意见采纳情况说明.

create table consultation (
    id                uuid                     not null primary key,
    org_id            uuid                     not null,
    unit_id           uuid                     not null,
    subject           varchar(40)              not null,
    subject_id        varchar(100),
    title             varchar(300)             not null,
    draft_text        text                     not null,
    explanation       text,
    rule_code         varchar(40)              not null,
    opens_on          date                     not null,
    closes_on         date                     not null,
    short_reason      varchar(500),
    how_to_comment    varchar(1000),
    status            varchar(20)              not null,
    published_on      date,
    closed_on         date,
    summary_text      text,
    summary_on        date,
    created_by        uuid                     not null,
    created_at        timestamp with time zone not null,
    version           bigint                   not null
);
create index consultation_org on consultation (org_id);
create index consultation_subject on consultation (subject, subject_id);
create index consultation_status on consultation (status, closes_on);

create table consultation_comment (
    id               uuid                     not null primary key,
    consultation_id  uuid                     not null references consultation (id),
    receipt          varchar(20)              not null,
    content          varchar(4000)            not null,
    submitter_name   varchar(100),
    submitter_contact varchar(200),
    source           varchar(20)              not null,
    address_hash     varchar(64),
    received_at      timestamp with time zone not null,
    received_on      date                     not null,
    hidden           boolean                  not null,
    hidden_reason    varchar(500),
    hidden_by        varchar(100),
    response         varchar(30),
    response_reason  varchar(4000),
    responded_by     varchar(100),
    responded_on     date,
    version          bigint                   not null,
    constraint consultation_comment_receipt unique (receipt)
);
create index consultation_comment_consultation on consultation_comment (consultation_id, received_at);
create index consultation_comment_address on consultation_comment (address_hash, received_at);
create index consultation_comment_received on consultation_comment (received_on);

create table consultation_channel (
    id                       uuid                     not null primary key,
    consultation_id          uuid                     not null references consultation (id),
    kind                     varchar(20)              not null,
    held_on                  date                     not null,
    place                    varchar(200),
    participants             varchar(2000)            not null,
    minutes                  text                     not null,
    materials_served_on      date,
    participants_published_on date,
    recorded_by              varchar(100)             not null,
    recorded_at              timestamp with time zone not null
);
create index consultation_channel_consultation on consultation_channel (consultation_id, held_on);
