-- 组织/用户/角色: the org tree, accounts, roles with permissions and data scope. Built-in roles are seeded here
-- (they exist in every installation); organizations and accounts come from the administrators or the demo data.

create table organization_org (
    id         uuid                     not null primary key,
    parent_id  uuid,
    code       varchar(40)              not null,
    name       varchar(100)             not null,
    short_name varchar(40),
    kind       varchar(20)              not null,
    sort_order int                      not null,
    active     boolean                  not null,
    created_at timestamp with time zone not null,
    version    bigint                   not null,
    constraint organization_org_code unique (code)
);
create index organization_org_parent on organization_org (parent_id);

create table organization_role (
    code        varchar(40)  not null primary key,
    name        varchar(50)  not null,
    description varchar(200),
    scope       varchar(20)  not null,
    builtin     boolean      not null,
    version     bigint       not null,
    constraint organization_role_name unique (name)
);

create table organization_role_permission (
    role_code  varchar(40) not null references organization_role (code) on delete cascade,
    permission varchar(40) not null,
    primary key (role_code, permission)
);

create table organization_user (
    id                   uuid                     not null primary key,
    org_id               uuid                     not null references organization_org (id),
    username             varchar(40)              not null,
    display_name         varchar(50)              not null,
    password_hash        varchar(100)             not null,
    email                varchar(100),
    phone                varchar(30),
    status               varchar(20)              not null,
    must_change_password boolean                  not null,
    failed_attempts      int                      not null,
    locked_until         timestamp with time zone,
    last_login_at        timestamp with time zone,
    password_changed_at  timestamp with time zone,
    demo                 boolean                  not null,
    created_at           timestamp with time zone not null,
    version              bigint                   not null,
    constraint organization_user_username unique (username)
);
create index organization_user_org on organization_user (org_id);

create table organization_user_role (
    user_id   uuid        not null references organization_user (id) on delete cascade,
    role_code varchar(40) not null references organization_role (code),
    primary key (user_id, role_code)
);

insert into organization_role (code, name, description, scope, builtin, version) values
  ('SYSTEM_ADMIN',    '系统管理员',   '组织机构、用户账户、工作日历与期限规则的维护（三员之一）', 'ALL', true, 0),
  ('SECURITY_ADMIN',  '安全管理员',   '角色与权限的分配（三员之一）', 'ALL', true, 0),
  ('AUDIT_ADMIN',     '审计管理员',   '只读查阅审计记录、校验审计链（三员之一）', 'ALL', true, 0),
  ('STAFF',           '起草处室人员', '起草文件、办理交办事项、记录执法案件；看本处室的数据', 'DIVISION', true, 0),
  ('LEGAL_REVIEWER',  '法规处审查员', '合法性审查、备案、清理、编写年度报告；看全厅的数据', 'UNIT', true, 0),
  ('LEADER',          '厅领导',       '集体审议/决定的记录、延期与例外的审批、工作台指标；看全厅的数据', 'UNIT', true, 0),
  ('OFFICER',         '执法人员',     '持证执法人员，办理执法案件；看本处室的数据', 'DIVISION', true, 0),
  ('FILING_REVIEWER', '备案审查机关', '上级机关（如司法厅）接收并审查报备的规范性文件', 'UNIT', true, 0);

insert into organization_role_permission (role_code, permission) values
  ('SYSTEM_ADMIN', 'ORG_MANAGE'), ('SYSTEM_ADMIN', 'USER_MANAGE'), ('SYSTEM_ADMIN', 'CALENDAR_MANAGE'),
  ('SYSTEM_ADMIN', 'RULE_MANAGE'),
  ('SECURITY_ADMIN', 'ROLE_MANAGE'),
  ('AUDIT_ADMIN', 'AUDIT_READ'),
  ('STAFF', 'CLOCK_VIEW'), ('STAFF', 'NORMATIVE_VIEW'), ('STAFF', 'NORMATIVE_DRAFT'), ('STAFF', 'REVIEW_REQUEST'),
  ('STAFF', 'CONSULTATION_MANAGE'), ('STAFF', 'DECISION_MANAGE'),
  ('LEGAL_REVIEWER', 'CLOCK_VIEW'), ('LEGAL_REVIEWER', 'NORMATIVE_VIEW'), ('LEGAL_REVIEWER', 'NORMATIVE_DRAFT'),
  ('LEGAL_REVIEWER', 'NORMATIVE_MANAGE'), ('LEGAL_REVIEWER', 'REVIEW_REQUEST'), ('LEGAL_REVIEWER', 'REVIEW_PERFORM'),
  ('LEGAL_REVIEWER', 'CONSULTATION_MANAGE'), ('LEGAL_REVIEWER', 'DECISION_MANAGE'), ('LEGAL_REVIEWER', 'INDICATOR_VIEW'),
  ('LEADER', 'CLOCK_VIEW'), ('LEADER', 'NORMATIVE_VIEW'), ('LEADER', 'DELIBERATION_RECORD'),
  ('LEADER', 'LEADER_APPROVE'), ('LEADER', 'INDICATOR_VIEW'),
  ('OFFICER', 'CLOCK_VIEW'),
  ('FILING_REVIEWER', 'CLOCK_VIEW'), ('FILING_REVIEWER', 'FILING_REVIEW');
