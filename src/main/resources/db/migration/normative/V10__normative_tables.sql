-- 规范性文件: documents through their lifecycle (起草 → 公开征求意见 → 合法性审查 → 集体审议 → 公布 → 公开 → 备案 →
-- 有效 → 已修改 / 已废止 / 已失效), the per-issuer, per-year numbering of 文号, filings with the superior
-- authority, and cleanup campaigns with a decision per document.

create table normative_document (
    id                       uuid                     not null primary key,
    org_id                   uuid                     not null,
    unit_id                  uuid                     not null,
    title                    varchar(300)             not null,
    kind                     varchar(20)              not null,
    body_text                text                     not null,
    explanation              text,
    basis                    text,
    market_related           boolean                  not null,
    validity_years           int                      not null,
    status                   varchar(20)              not null,
    consultation_channel     varchar(200),
    consultation_from        date,
    consultation_to          date,
    consultation_comments    int,
    consultation_summary     varchar(4000),
    consultation_short_reason varchar(500),
    consultation_id          uuid,
    review_id                uuid,
    deliberation_meeting     varchar(200),
    deliberation_date        date,
    deliberation_attendees   varchar(1000),
    deliberation_outcome     varchar(30),
    deliberation_minutes     text,
    deliberation_override    varchar(500),
    issuer_code              varchar(40),
    number_year              int,
    number_seq               int,
    document_number          varchar(60),
    promulgated_on           date,
    effective_on             date,
    expires_on               date,
    published_on             date,
    amends_id                uuid,
    amended_by_id            uuid,
    repealed_on              date,
    end_reason               varchar(500),
    needs_amendment          boolean                  not null,
    rectification_required   boolean                  not null,
    created_by               uuid                     not null,
    created_at               timestamp with time zone not null,
    version                  bigint                   not null,
    constraint normative_document_number unique (document_number),
    constraint normative_document_sequence unique (issuer_code, number_year, number_seq)
);
create index normative_document_org on normative_document (org_id);
create index normative_document_unit on normative_document (unit_id, status);
create index normative_document_promulgated on normative_document (promulgated_on);

create table normative_number_seq (
    issuer_code varchar(40) not null,
    year_num    int         not null,
    last_seq    int         not null,
    primary key (issuer_code, year_num)
);

create table normative_filing (
    id                uuid                     not null primary key,
    document_id       uuid                     not null references normative_document (id),
    org_id            uuid                     not null,
    reviewer_org_id   uuid                     not null,
    submitted_on      date                     not null,
    filed_on_time     boolean                  not null,
    status            varchar(30)              not null,
    returned_count    int                      not null,
    last_reason       varchar(2000),
    decided_on        date,
    decided_by        varchar(100),
    review_clock_id   uuid,
    created_at        timestamp with time zone not null,
    version           bigint                   not null
);
create index normative_filing_document on normative_filing (document_id);
create index normative_filing_reviewer on normative_filing (reviewer_org_id, status);

create table normative_cleanup (
    id          uuid                     not null primary key,
    org_id      uuid                     not null,
    title       varchar(200)             not null,
    kind        varchar(20)              not null,
    opened_on   date                     not null,
    status      varchar(20)              not null,
    closed_on   date,
    created_by  uuid                     not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null
);

create table normative_cleanup_item (
    id            uuid          not null primary key,
    cleanup_id    uuid          not null references normative_cleanup (id),
    document_id   uuid          not null references normative_document (id),
    org_id        uuid          not null,
    proposal      varchar(20),
    reason        varchar(1000),
    proposed_by   varchar(100),
    proposed_on   date,
    decision      varchar(20),
    confirmed_by  varchar(100),
    confirmed_on  date,
    constraint normative_cleanup_item_unique unique (cleanup_id, document_id)
);
