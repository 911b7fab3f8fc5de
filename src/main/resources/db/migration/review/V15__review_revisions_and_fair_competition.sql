-- 合法性审查 (2): the texts of a review as versions (送审稿, then each 修改稿 after an opinion), the handling of each
-- problem recorded against the revised text, the confirmation by another person than the handlers, the return for
-- completion of the materials (the clock suspended meanwhile), the drafter kept apart from the reviewer, and the
-- 公平竞争审查 record shared by every module whose drafts concern market entities.

create table review_revision (
    review_id       uuid                     not null references review_request (id),
    seq             int                      not null,
    label           varchar(40)              not null,
    title           varchar(300)             not null,
    body_text       text                     not null,
    explanation     text,
    submitted_on    date                     not null,
    submitted_by    varchar(100)             not null,
    submitted_by_id uuid,
    created_at      timestamp with time zone not null,
    primary key (review_id, seq)
);

insert into review_revision (review_id, seq, label, title, body_text, explanation, submitted_on, submitted_by,
  submitted_by_id, created_at)
select id, 1, '送审稿', title, draft_text, explanation, submitted_on, '提请人', requester_id, created_at
from review_request;

alter table review_request drop column draft_text;
alter table review_request rename column consultation_summary to procedure_summary;
alter table review_request add column drafter_id uuid;
alter table review_request add column returned_on date;
alter table review_request add column return_reason varchar(2000);
alter table review_request add column returns int default 0 not null;
alter table review_request add column confirmed_by_id uuid;
alter table review_request add column confirmed_revision int;

alter table review_problem add column handled_in_revision int;
alter table review_problem add column handled_by_id uuid;

create table review_fair_competition (
    id               uuid                     not null primary key,
    org_id           uuid                     not null,
    subject          varchar(30)              not null,
    subject_id       varchar(100)             not null,
    conclusion       varchar(20)              not null,
    exception_ground varchar(40),
    note             varchar(2000),
    reviewed_on      date                     not null,
    reviewer         varchar(100)             not null,
    text_fingerprint varchar(64)              not null,
    recorded_by_id   uuid,
    created_at       timestamp with time zone not null
);
create index review_fair_competition_subject on review_fair_competition (subject, subject_id);
alter table review_request drop column explanation;
