-- 重大行政决策: the annual decision catalog (决策事项目录) with its approval, the 同级党委's agreement, publication and
-- audited adjustments; each decision with its five statutory procedures and their evidence (公众参与 through a
-- consultation, 专家论证 with each expert's signed opinion, 风险评估 report, 合法性审查 through a review request,
-- 集体讨论决定 meetings), exemptions with their lawful ground, the 公平竞争审查 conclusion, publication,
-- implementation reports and post-evaluations.

create table decision_catalog (
    id                   uuid                     not null primary key,
    org_id               uuid                     not null,
    year_num             int                      not null,
    status               varchar(20)              not null,
    approved_by          varchar(100),
    approved_on          date,
    party_agreed_on      date,
    party_agreement      varchar(500),
    published_on         date,
    revision             int                      not null,
    created_at           timestamp with time zone not null,
    version              bigint                   not null,
    constraint decision_catalog_org_year unique (org_id, year_num)
);

create table decision_catalog_item (
    id                 uuid                     not null primary key,
    catalog_id         uuid                     not null references decision_catalog (id),
    seq                int                      not null,
    name               varchar(300)             not null,
    lead_org_id        uuid                     not null,
    planned_procedures varchar(200)             not null,
    planned_timing     varchar(100)             not null,
    description        varchar(2000),
    withdrawn          boolean                  not null,
    withdrawn_reason   varchar(500)
);
create index decision_catalog_item_catalog on decision_catalog_item (catalog_id, seq);

create table decision_catalog_adjustment (
    id           uuid                     not null primary key,
    catalog_id   uuid                     not null references decision_catalog (id),
    adjusted_on  date                     not null,
    description  varchar(1000)            not null,
    reason       varchar(1000)            not null,
    adjusted_by  varchar(100)             not null
);
create index decision_catalog_adjustment_catalog on decision_catalog_adjustment (catalog_id, adjusted_on);

create table decision (
    id                       uuid                     not null primary key,
    org_id                   uuid                     not null,
    unit_id                  uuid                     not null,
    catalog_item_id          uuid,
    title                    varchar(300)             not null,
    year_num                 int                      not null,
    draft_text               text,
    explanation              text,
    market_related           boolean                  not null,
    status                   varchar(20)              not null,
    consultation_id          uuid,
    review_id                uuid,
    argumentation_handling   text,
    argumentation_done_on    date,
    risk_points              text,
    risk_measures            text,
    risk_plans               text,
    risk_assessor            varchar(200),
    risk_level               varchar(20),
    risk_done_on             date,
    fair_competition         varchar(20),
    fair_competition_note    varchar(2000),
    fair_competition_on      date,
    decided_on               date,
    published_on             date,
    publication_channels     varchar(500),
    public_text              text,
    end_reason               varchar(500),
    created_by               uuid                     not null,
    created_at               timestamp with time zone not null,
    version                  bigint                   not null
);
create index decision_org on decision (org_id, year_num);
create index decision_item on decision (catalog_item_id);

create table decision_exemption (
    decision_id  uuid          not null references decision (id),
    procedure    varchar(30)   not null,
    ground       varchar(40)   not null,
    explanation  varchar(2000) not null,
    recorded_by  varchar(100)  not null,
    recorded_on  date          not null,
    primary key (decision_id, procedure)
);

create table decision_expert_opinion (
    id                 uuid          not null primary key,
    decision_id        uuid          not null references decision (id),
    expert_name        varchar(100)  not null,
    affiliation        varchar(200)  not null,
    opinion            text          not null,
    given_on           date          not null,
    no_conflict        boolean       not null,
    signed_file_id     uuid,
    recorded_by        varchar(100)  not null
);
create index decision_expert_opinion_decision on decision_expert_opinion (decision_id, given_on);

create table decision_meeting (
    id                 uuid                     not null primary key,
    decision_id        uuid                     not null references decision (id),
    meeting            varchar(200)             not null,
    held_on            date                     not null,
    attendees          varchar(2000)            not null,
    head_name          varchar(100)             not null,
    discussion         text                     not null,
    dissent            varchar(4000)            not null,
    head_spoke_last    boolean                  not null,
    follows_majority   boolean                  not null,
    differing_reason   varchar(2000),
    outcome            varchar(30)              not null,
    decision_text      text,
    override_reason    varchar(500),
    recorded_by        varchar(100)             not null,
    recorded_at        timestamp with time zone not null
);
create index decision_meeting_decision on decision_meeting (decision_id, held_on);

create table decision_report (
    id            uuid                     not null primary key,
    decision_id   uuid                     not null references decision (id),
    reported_on   date                     not null,
    reporting_org varchar(200)             not null,
    content       text                     not null,
    recorded_by   varchar(100)             not null
);
create index decision_report_decision on decision_report (decision_id, reported_on);

create table decision_evaluation (
    id            uuid          not null primary key,
    decision_id   uuid          not null references decision (id),
    trigger_kind  varchar(30)   not null,
    trigger_note  varchar(2000) not null,
    evaluator     varchar(200)  not null,
    started_on    date          not null,
    conclusion    text,
    completed_on  date,
    recorded_by   varchar(100)  not null
);
create index decision_evaluation_decision on decision_evaluation (decision_id, started_on);
