-- 法定期限: time-limit rules as data (amount, unit, roll-forward, minimum owed, maximum extension, warning,
-- citation), and clocks that run on them. A clock keeps the rule's terms as they were when it started, so that a
-- later change of a rule never moves a running clock. Its history is the audit trail of entity "deadline_clock".

create table deadline_rule (
    code          varchar(40)  not null primary key,
    name          varchar(100) not null,
    amount        int          not null,
    unit          varchar(20)  not null,
    roll_forward  boolean      not null,
    minimum       int,
    max_extension int          not null,
    warning_days  int          not null,
    start_rule    varchar(200) not null,
    citation      varchar(500) not null,
    module        varchar(40)  not null,
    version       bigint       not null
);

create table deadline_clock (
    id             uuid                     not null primary key,
    org_id         uuid                     not null,
    module         varchar(40)              not null,
    subject_type   varchar(60)              not null,
    subject_id     varchar(100)             not null,
    title          varchar(300)             not null,
    link           varchar(300),
    rule_code      varchar(40)              not null references deadline_rule (code),
    amount         int                      not null,
    unit           varchar(20)              not null,
    roll_forward   boolean                  not null,
    max_extension  int                      not null,
    warning_days   int                      not null,
    owner_id       uuid,
    start_date     date                     not null,
    due_date       date                     not null,
    certain        boolean                  not null,
    extension_total int                     not null,
    suspended_since date,
    stopped_on     date,
    status         varchar(20)              not null,
    created_at     timestamp with time zone not null,
    version        bigint                   not null
);
create index deadline_clock_open on deadline_clock (stopped_on, due_date);
create index deadline_clock_subject on deadline_clock (subject_type, subject_id);
create index deadline_clock_org on deadline_clock (org_id);
create index deadline_clock_owner on deadline_clock (owner_id);

create table deadline_suspension (
    id           uuid         not null primary key,
    clock_id     uuid         not null references deadline_clock (id),
    suspended_on date         not null,
    resumed_on   date,
    reason       varchar(300) not null,
    actor        varchar(100) not null
);
create index deadline_suspension_clock on deadline_suspension (clock_id);

create table deadline_extension (
    id          uuid         not null primary key,
    clock_id    uuid         not null references deadline_clock (id),
    amount      int          not null,
    approved_by varchar(100) not null,
    approver_id uuid,
    reason      varchar(300) not null,
    granted_on  date         not null
);
create index deadline_extension_clock on deadline_extension (clock_id);

insert into deadline_rule (code, name, amount, unit, roll_forward, minimum, max_extension, warning_days, start_rule, citation, module, version) values
('ND_LEGALITY_REVIEW', '规范性文件合法性审核', 15, 'WORKING_DAY', false, 5, 0, 3, '自法制机构收到送审稿及材料之日',
 '国办发〔2018〕115号：审核时间一般不少于5个工作日，最长不超过15个工作日（原文待核实）；本厅2019年度总结（二）3', 'review', 0),
('RV_DOCUMENT_REVIEW', '其他文件合法性审查（上报文件、合同等）', 15, 'WORKING_DAY', false, null, 0, 3, '自法制机构收到送审材料之日',
 '参照规范性文件合法性审核时限；按本地规定调整', 'review', 0),
('DC_LEGALITY_REVIEW', '重大行政决策合法性审查', 7, 'WORKING_DAY', false, 7, 0, 2, '自送请合法性审查之日',
 '《重大行政决策程序暂行条例》第二十六条：应当保证必要的审查时间，一般不少于7个工作日', 'review', 0),
('ND_CONSULTATION', '规范性文件公开征求意见期', 7, 'WORKING_DAY', false, 7, 0, 2, '自公布征求意见稿之日',
 '法治政府建设示范指标体系第24项：公开征求意见期限一般不少于7个工作日', 'consultation', 0),
('ND_CONSULTATION_MARKET', '涉及市场主体的规范性文件公开征求意见期', 30, 'DAY', false, 30, 0, 5, '自公布征求意见稿之日',
 '《优化营商环境条例》第六十二条：向社会公开征求意见的期限一般不少于30日', 'consultation', 0),
('DC_CONSULTATION', '重大行政决策公开征求意见期', 30, 'DAY', false, 30, 0, 5, '自公布决策草案之日',
 '《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于30日', 'consultation', 0),
('ND_PUBLICATION', '规范性文件主动公开', 20, 'WORKING_DAY', false, null, 0, 5, '自文件公布（形成）之日',
 '《政府信息公开条例》第二十六条：自该政府信息形成或者变更之日起20个工作日内予以公开', 'normative', 0),
('ND_FILING', '规范性文件报送备案', 30, 'DAY', true, null, 0, 5, '自公布之日',
 '自治区规范性文件备案规定：自公布之日起30日内报送备案（内蒙古自治区人民政府令第262号具体条款待核实，可按本地规定调整）', 'normative', 0),
('ND_FILING_REVIEW', '规范性文件备案审查', 30, 'DAY', true, null, 0, 5, '自备案审查机关收到备案材料之日',
 '地方规范性文件备案审查办法：收到备案材料之日起30日内完成审查（待核实，可按本地规定调整）', 'normative', 0),
('ND_VALIDITY_EXPIRY', '规范性文件有效期届满预警', 6, 'MONTH', false, null, 0, 130, '自有效期届满前6个月之日',
 '《内蒙古自治区规范性文件制定和备案监督办法》：有效期一般不超过5年，暂行、试行2年；届满前应当评估', 'normative', 0),
('DR_ANSWER', '依申请公开答复', 20, 'WORKING_DAY', false, null, 20, 5, '自收到申请之日（补正的，自收到补正后的申请之日）',
 '《政府信息公开条例》第三十三条：20个工作日内答复；经批准可延长，延长期限最长不超过20个工作日', 'oversight', 0),
('DR_CORRECTION', '依申请公开补正告知', 7, 'WORKING_DAY', false, null, 0, 2, '自收到申请之日',
 '《政府信息公开条例》第三十条：收到申请之日起7个工作日内一次性告知补正', 'oversight', 0),
('DR_THIRD_PARTY', '依申请公开第三方意见', 15, 'WORKING_DAY', false, null, 0, 3, '自第三方收到征求意见书之日',
 '《政府信息公开条例》第三十二条：第三方应当自收到征求意见书之日起15个工作日内提出意见', 'oversight', 0),
('PT_ACCEPT', '信访事项受理告知', 15, 'DAY', true, null, 0, 3, '自收到信访事项之日',
 '《信访工作条例》第二十三条：自收到之日起15日内书面告知信访人是否受理', 'dispute', 0),
('PT_OBJECTION', '信访交办事项异议', 5, 'WORKING_DAY', false, null, 0, 2, '自收到交办事项之日',
 '《信访工作条例》第二十三条：不属于本机关职权范围的，应当自收到之日起5个工作日内提出异议', 'dispute', 0),
('PT_HANDLE', '信访事项办理', 60, 'DAY', true, null, 30, 10, '自受理之日',
 '《信访工作条例》第三十四条：自受理之日起60日内办结；情况复杂的，经本机关负责人批准可适当延长，延长期限不得超过30日', 'dispute', 0),
('PT_REVIEW', '信访事项复查', 30, 'DAY', true, null, 0, 5, '自收到复查请求之日',
 '《信访工作条例》第三十五条：自收到复查请求之日起30日内提出复查意见', 'dispute', 0),
('PT_RECHECK', '信访事项复核', 30, 'DAY', true, null, 0, 5, '自收到复核请求之日',
 '《信访工作条例》第三十六条：自收到复核请求之日起30日内提出复核意见（听证时间不计入）', 'dispute', 0),
('RC_ACCEPT', '行政复议受理审查', 5, 'WORKING_DAY', false, null, 0, 2, '自收到复议申请之日',
 '《行政复议法》第三十条、第八十八条：收到申请后5日内审查（工作日）', 'dispute', 0),
('RC_REPLY', '行政复议书面答复', 10, 'WORKING_DAY', false, null, 0, 3, '自收到申请书副本之日',
 '《行政复议法》第四十八条、第八十八条：被申请人自收到申请书副本之日起10日内提出书面答复（工作日）', 'dispute', 0),
('RC_DECIDE', '行政复议决定', 60, 'DAY', true, null, 30, 10, '自受理申请之日',
 '《行政复议法》第六十二条：自受理申请之日起60日内作出决定；经批准可延长，最多不超过30日', 'dispute', 0),
('RC_DECIDE_SIMPLE', '行政复议决定（简易程序）', 30, 'DAY', true, null, 0, 5, '自受理申请之日',
 '《行政复议法》第六十二条：适用简易程序的，自受理申请之日起30日内作出决定', 'dispute', 0),
('LT_DEFENCE', '行政诉讼答辩', 15, 'DAY', true, null, 0, 3, '自收到起诉状副本之日',
 '《行政诉讼法》第六十七条：被告应当在收到起诉状副本之日起15日内提交答辩状及证据', 'dispute', 0),
('LT_APPEAL', '行政诉讼上诉（判决）', 15, 'DAY', true, null, 0, 3, '自判决书送达之日',
 '《行政诉讼法》第八十五条：不服判决的，有权在判决书送达之日起15日内提起上诉', 'dispute', 0),
('SG_REPLY', '人大代表建议答复', 3, 'MONTH', false, null, 3, 10, '自交办之日',
 '《全国人民代表大会和地方各级人民代表大会代表法》第五十一条：自交办之日起三个月内答复；涉及面广、处理难度大的，应当在六个月内答复', 'oversight', 0),
('PR_REPLY', '政协提案答复', 3, 'MONTH', false, null, 3, 10, '自交办之日',
 '政协提案办理规定：三个月内办理完毕，情况复杂的最迟不超过六个月（地方规定，待核实）', 'oversight', 0),
('EN_PUBLICITY_PENALTY', '行政许可、行政处罚决定公示', 7, 'WORKING_DAY', false, null, 0, 2, '自作出决定之日',
 '国办发〔2018〕118号：行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开（据新京报2019年1月4日报道）', 'enforcement', 0),
('EN_PUBLICITY', '其他行政执法决定公示', 20, 'WORKING_DAY', false, null, 0, 3, '自作出决定之日',
 '国办发〔2018〕118号：执法决定信息在执法决定作出之日起20个工作日内向社会公布（据新京报2019年1月4日报道）', 'enforcement', 0);
