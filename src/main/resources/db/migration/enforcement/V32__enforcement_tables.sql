-- 行政执法: the enforcement bodies and their power lists (事前公开), the officers and their certificates, the cases
-- with their append-only full-process record, the publication of decisions (事后公开) and its withdrawal, the
-- legal qualifications of the reviewers of major decisions, and the unit's implementation plan of the 三项制度.

create table enforcement_body (
    id           uuid          not null primary key,
    org_id       uuid          not null,
    name         varchar(200)  not null,
    nature       varchar(20)   not null,
    category     varchar(100)  not null,
    legal_basis  varchar(2000) not null,
    process      varchar(4000),
    created_at   timestamp with time zone not null,
    version      bigint        not null
);
create index enforcement_body_org on enforcement_body (org_id);

create table enforcement_power (
    id              uuid          not null primary key,
    body_id         uuid          not null references enforcement_body (id),
    org_id          uuid          not null,
    code            varchar(40)   not null,
    name            varchar(300)  not null,
    type            varchar(20)   not null,
    area            varchar(60)   not null,
    basis_law       varchar(300)  not null,
    basis_article   varchar(100)  not null,
    procedure_text  varchar(4000) not null,
    remedy          varchar(1000) not null,
    random_inspection boolean     not null,
    inspection_scope  varchar(1000),
    version         bigint        not null
);
create unique index enforcement_power_code on enforcement_power (org_id, code);
create index enforcement_power_body on enforcement_power (body_id);

create table enforcement_officer (
    id              uuid          not null primary key,
    org_id          uuid          not null,
    body_id         uuid          not null references enforcement_body (id),
    user_id         uuid,
    name            varchar(50)   not null,
    certificate_no  varchar(40)   not null,
    verify_code     varchar(20)   not null,
    areas           varchar(300)  not null,
    issued_on       date          not null,
    expires_on      date          not null,
    registered_on   date          not null,
    training_hours  int           not null,
    status          varchar(20)   not null,
    status_reason   varchar(300),
    expiry_clock_id uuid,
    registration_clock_id uuid,
    created_at      timestamp with time zone not null,
    version         bigint        not null
);
create unique index enforcement_officer_certificate on enforcement_officer (certificate_no);
create unique index enforcement_officer_code on enforcement_officer (verify_code);
create index enforcement_officer_org on enforcement_officer (org_id, name);
create index enforcement_officer_user on enforcement_officer (user_id);

create table enforcement_legal_qualification (
    user_id         uuid          not null primary key,
    org_id          uuid          not null,
    certificate_no  varchar(40)   not null,
    obtained_on     date          not null,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null
);

create table enforcement_case (
    id                uuid          not null primary key,
    org_id            uuid          not null,
    unit_id           uuid          not null,
    body_id           uuid          not null references enforcement_body (id),
    power_id          uuid          not null references enforcement_power (id),
    case_number       varchar(60)   not null,
    title             varchar(300)  not null,
    party_kind        varchar(20)   not null,
    party_name        varchar(200)  not null,
    party_id_number   varchar(40),
    facts             varchar(20000) not null,
    status            varchar(20)   not null,
    major_grounds     varchar(200),
    fine_amount       numeric(14, 2),
    registered_on     date          not null,
    hearing_told_on   date,
    hearing_waived    boolean       not null,
    hearing_requested_on date,
    hearing_on        date,
    reviewed_before   boolean       not null,
    review_id         uuid,
    decided_on        date,
    decision_kind     varchar(20),
    decision_text     varchar(20000),
    served_on         date,
    service_method    varchar(20),
    executed_on       date,
    execution_note    varchar(2000),
    closed_on         date,
    revoked_on        date,
    revocation_kind   varchar(20),
    revocation_reason varchar(1000),
    decide_clock_id   uuid,
    created_by        uuid,
    created_at        timestamp with time zone not null,
    version           bigint        not null
);
create index enforcement_case_org on enforcement_case (org_id, registered_on);
create index enforcement_case_status on enforcement_case (status, org_id);
create unique index enforcement_case_number on enforcement_case (case_number);

create table enforcement_case_officer (
    case_id     uuid not null references enforcement_case (id),
    officer_id  uuid not null references enforcement_officer (id),
    primary key (case_id, officer_id)
);
create index enforcement_case_officer_officer on enforcement_case_officer (officer_id);

-- The full-process record: rows are only ever inserted. A correction is a new row naming the one it corrects; each
-- row's fingerprint goes into the audit chain when it is written, so that a row changed later no longer matches.
create table enforcement_record (
    id           uuid          not null primary key,
    case_id      uuid          not null references enforcement_case (id),
    seq          int           not null,
    kind         varchar(20)   not null,
    step         varchar(20),
    act          varchar(30),
    title        varchar(300)  not null,
    content      varchar(20000),
    occurred_at  timestamp with time zone not null,
    place        varchar(200),
    device       varchar(100),
    file_id      uuid,
    file_sha256  varchar(64),
    corrects_id  uuid references enforcement_record (id),
    officers     varchar(300),
    fingerprint  varchar(64)   not null,
    entered_by   varchar(100)  not null,
    entered_at   timestamp with time zone not null,
    unique (case_id, seq)
);

create table enforcement_publication (
    id              uuid          not null primary key,
    case_id         uuid          not null references enforcement_case (id),
    org_id          uuid          not null,
    category        varchar(20)   not null,
    body_name       varchar(200)  not null,
    party_shown     varchar(200)  not null,
    matter          varchar(300)  not null,
    basis           varchar(1000) not null,
    conclusion      varchar(4000) not null,
    decided_on      date          not null,
    due_clock_id    uuid,
    published_on    date,
    withdrawn_on    date,
    withdrawal_reason varchar(1000),
    withdraw_clock_id uuid,
    version         bigint        not null
);
create unique index enforcement_publication_case on enforcement_publication (case_id);
create index enforcement_publication_portal on enforcement_publication (published_on, org_id);

create table enforcement_plan (
    id              uuid          not null primary key,
    org_id          uuid          not null,
    title           varchar(300)  not null,
    document_number varchar(60),
    adopted_on      date          not null,
    body_text       varchar(100000) not null,
    version         bigint        not null
);
create unique index enforcement_plan_org on enforcement_plan (org_id);

-- The time limits of 行政处罚法 and of the officers' certificates. 第八十五条: 二日、三日、五日、七日 are working days;
-- the other periods are days as the law says.
insert into deadline_rule (code, name, module, version) values
('EN_DECIDE', '行政处罚决定期限', 'enforcement', 0),
('EN_SERVICE', '行政处罚决定书送达', 'enforcement', 0),
('EN_HEARING_REQUEST', '听证申请期（当事人）', 'enforcement', 0),
('EN_HEARING_NOTICE', '听证通知（举行听证七日前）', 'enforcement', 0),
('EN_PAYMENT', '罚款缴纳期限（当事人）', 'enforcement', 0),
('EN_WITHDRAW', '执法决定公示撤回', 'enforcement', 0),
('EN_LEGAL_REVIEW', '重大执法决定法制审核', 'review', 0),
('EN_CERT_EXPIRY', '执法证件有效期届满', 'enforcement', 0),
('EN_CERT_REGISTRATION', '执法证件审核注册', 'enforcement', 0);

insert into deadline_rule_version (rule_code, in_force_from, in_force_to, maximum, minimum, unit, roll_forward,
  max_extension, warning, warning_unit, start_rule, citation, verified, version) values
('EN_DECIDE', date '2021-07-15', null, 90, null, 'DAY', false, 30, 10, 'DAY', '自立案之日',
 '《中华人民共和国行政处罚法》（2021年）第六十条：行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定；法律、法规、规章另有规定的，从其规定（延长：如《市场监督管理行政处罚程序规定》第六十四条，经负责人批准可延长三十日，按本部门规定调整）', false, 0),
('EN_DECIDE', date '1996-10-01', date '2021-07-14', 90, null, 'DAY', false, 30, 10, 'DAY', '自立案之日',
 '2021年修订前的行政处罚法未规定统一的处罚决定期限；本厅参照修订后第六十条的九十日掌握（按本部门规定调整）', false, 0),
('EN_SERVICE', date '1996-10-01', null, 7, null, 'WORKING_DAY', false, 0, 2, 'WORKING_DAY', '自作出（宣告）行政处罚决定之日',
 '《中华人民共和国行政处罚法》第六十一条：当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定送达；第八十五条：“七日”是指工作日', true, 0),
('EN_HEARING_REQUEST', date '1996-10-01', null, null, 5, 'WORKING_DAY', false, 0, 0, 'WORKING_DAY', '自告知听证权利之日',
 '《中华人民共和国行政处罚法》第六十四条第（一）项：当事人要求听证的，应当在行政机关告知后五日内提出；第八十五条：“五日”是指工作日。期间届满前不得作出决定', true, 0),
('EN_HEARING_NOTICE', date '1996-10-01', null, null, 7, 'WORKING_DAY', false, 0, 0, 'WORKING_DAY', '自通知当事人听证的时间、地点之日',
 '《中华人民共和国行政处罚法》第六十四条第（二）项：行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点；第八十五条：“七日”是指工作日', true, 0),
('EN_PAYMENT', date '1996-10-01', null, 15, null, 'DAY', true, 0, 3, 'DAY', '自收到行政处罚决定书之日',
 '《中华人民共和国行政处罚法》第六十七条第三款：当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款（期间最后一日为法定休假日的，顺延至其后第一个工作日）', true, 0),
('EN_WITHDRAW', date '2021-07-15', null, 3, null, 'WORKING_DAY', false, 0, 1, 'WORKING_DAY', '自行政处罚决定被变更、撤销、确认违法或者确认无效之日',
 '《中华人民共和国行政处罚法》第四十八条第二款：公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由；第八十五条：“三日”是指工作日', true, 0),
('EN_WITHDRAW', date '1996-10-01', date '2021-07-14', 3, null, 'WORKING_DAY', false, 0, 1, 'WORKING_DAY', '自执法决定被变更、撤销之日',
 '国办发〔2018〕118号：建立健全执法决定信息公开发布、撤销和更新机制（期限参照2021年行政处罚法第四十八条第二款，按本部门规定调整）', false, 0),
('EN_LEGAL_REVIEW', date '1996-10-01', null, 10, null, 'WORKING_DAY', false, 0, 3, 'WORKING_DAY', '自法制审核机构收到送审材料之日',
 '《中华人民共和国行政处罚法》第五十八条：未经法制审核或者审核未通过的，不得作出决定；审核期限由各部门重大执法决定法制审核办法规定（默认10个工作日，按本部门规定调整）', false, 0),
('EN_CERT_EXPIRY', date '1996-10-01', null, 3, null, 'MONTH', false, 0, 30, 'DAY', '自有效期届满前3个月之日',
 '内蒙古自治区行政执法证件管理规定（自治区政府令第96号）：执法证件每6年换发，持证人应当在有效期届满前3个月申请换发（按本地规定调整）', false, 0),
('EN_CERT_REGISTRATION', date '1996-10-01', null, 36, null, 'MONTH', false, 0, 30, 'DAY', '自上次审核注册（发证）之日',
 '内蒙古自治区行政执法证件管理规定（自治区政府令第96号）：执法证件每3年审核注册一次（按本地规定调整）', false, 0);

insert into organization_role_permission (role_code, permission) values
  ('OFFICER', 'ENFORCEMENT_VIEW'), ('OFFICER', 'ENFORCEMENT_HANDLE'),
  ('LEGAL_REVIEWER', 'ENFORCEMENT_VIEW'), ('LEGAL_REVIEWER', 'ENFORCEMENT_MANAGE'),
  ('LEADER', 'ENFORCEMENT_VIEW');
