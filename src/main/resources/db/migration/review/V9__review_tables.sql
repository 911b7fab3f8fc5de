-- 合法性审查: review requests for any document (normative documents, major decisions, documents sent upward,
-- contracts, others), their problems (审查意见 items) and the drafter's handling, the pre-review findings, and the
-- per-unit, per-year numbering of review documents.

create table review_request (
    id                   uuid                     not null primary key,
    org_id               uuid                     not null,
    unit_id              uuid                     not null,
    subject              varchar(30)              not null,
    subject_id           varchar(100),
    title                varchar(300)             not null,
    draft_text           text                     not null,
    explanation          text,
    basis                text,
    consultation_summary text,
    requester_id         uuid                     not null,
    submitted_on         date                     not null,
    rule_code            varchar(40)              not null,
    clock_id             uuid,
    reviewer_id          uuid,
    status               varchar(20)              not null,
    outcome              varchar(20),
    outcome_text         text,
    completed_on         date,
    passed_on            date,
    completed_on_time    boolean,
    number_prefix        varchar(40),
    number_year          int,
    number_seq           int,
    document_number      varchar(60),
    created_at           timestamp with time zone not null,
    version              bigint                   not null,
    constraint review_request_number unique (number_prefix, number_year, number_seq)
);
create index review_request_org on review_request (org_id);
create index review_request_unit on review_request (unit_id, status);
create index review_request_subject on review_request (subject, subject_id);
create index review_request_completed on review_request (completed_on);

create table review_problem (
    id          uuid          not null primary key,
    review_id   uuid          not null references review_request (id),
    seq         int           not null,
    description varchar(2000) not null,
    handling    varchar(2000),
    handled_on  date,
    handled_by  varchar(100)
);
create index review_problem_review on review_problem (review_id);

create table review_finding (
    id          uuid          not null primary key,
    review_id   uuid          not null references review_request (id),
    seq         int           not null,
    rule        varchar(40)   not null,
    excerpt     varchar(1000) not null,
    match_start int           not null,
    match_end   int           not null,
    detail      varchar(300)
);
create index review_finding_review on review_finding (review_id);

create table review_number_seq (
    prefix   varchar(40) not null,
    year_num int         not null,
    last_seq int         not null,
    primary key (prefix, year_num)
);
