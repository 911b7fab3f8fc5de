-- 法定期限 (2): what a rule says depends on the day. A rule keeps its identity (code, name, module) and has versions,
-- each in force for a date range and citing the text in force then, so that a 2019 item cites what was in force in
-- 2019. A version may owe a minimum (a floor: time owed to someone, which never makes a clock overdue) and/or set a
-- maximum (a deadline). A source not yet read in its official text is flagged (verified = false) for the system
-- administrator. Clocks keep the version they started on, their floor and its earliest date.

create table deadline_rule_version (
    rule_code      varchar(40)   not null references deadline_rule (code),
    in_force_from  date          not null,
    in_force_to    date,
    maximum        int,
    minimum        int,
    unit           varchar(20)   not null,
    roll_forward   boolean       not null,
    max_extension  int           not null,
    warning        int           not null,
    warning_unit   varchar(20)   not null,
    start_rule     varchar(200)  not null,
    citation       varchar(1000) not null,
    verified       boolean       not null,
    version        bigint        not null,
    primary key (rule_code, in_force_from)
);

insert into deadline_rule_version (rule_code, in_force_from, in_force_to, maximum, minimum, unit, roll_forward,
  max_extension, warning, warning_unit, start_rule, citation, verified, version)
select code, date '1990-01-01', null, amount, minimum, unit, roll_forward, max_extension, warning_days, 'WORKING_DAY',
  start_rule, citation, false, 0
from deadline_rule;

alter table deadline_rule drop column amount;
alter table deadline_rule drop column unit;
alter table deadline_rule drop column roll_forward;
alter table deadline_rule drop column minimum;
alter table deadline_rule drop column max_extension;
alter table deadline_rule drop column warning_days;
alter table deadline_rule drop column start_rule;
alter table deadline_rule drop column citation;

-- ---------------------------------------------------------------- the terms, honestly cited

-- 规范性文件合法性审核: a floor and a deadline.
update deadline_rule_version set in_force_to = date '2018-12-03', minimum = 5, maximum = 15,
  citation = '本厅规范性文件合法性审核时限：审核时间不少于5个工作日，最长不超过15个工作日（内蒙古自治区科学技术厅2019年度依法治区工作总结（二）3）'
where rule_code = 'ND_LEGALITY_REVIEW';
insert into deadline_rule_version values ('ND_LEGALITY_REVIEW', date '2018-12-04', null, 15, 5, 'WORKING_DAY', false,
  0, 3, 'WORKING_DAY', '自法制机构收到送审稿及材料之日',
  '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）二（三）：审核时间一般不少于5个工作日，最长不超过15个工作日', false, 0);

update deadline_rule_version set
  citation = '《内蒙古自治区人民政府办公厅关于加强文件合法性审查的通知》：上报文件、合同等文件的合法性审查，参照规范性文件合法性审核时限，最长不超过15个工作日'
where rule_code = 'RV_DOCUMENT_REVIEW';

-- 重大行政决策合法性审查: before the 暂行条例 (in force 2019-09-01) the department's own time limit; from then a floor only.
update deadline_rule_version set in_force_to = date '2019-08-31', maximum = 15, minimum = null, warning = 3,
  citation = '《内蒙古自治区科学技术厅重大行政决策合法性审查工作细则》（内科发政字〔2018〕34号）：重大行政决策合法性审查参照本厅文件合法性审查时限，最长不超过15个工作日'
where rule_code = 'DC_LEGALITY_REVIEW';
insert into deadline_rule_version values ('DC_LEGALITY_REVIEW', date '2019-09-01', null, null, 7, 'WORKING_DAY', false,
  0, 0, 'WORKING_DAY', '自送请合法性审查之日',
  '《重大行政决策程序暂行条例》第二十六条：送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日', true, 0);

-- Comment periods are floors: the least time owed to the public.
update deadline_rule_version set maximum = null, minimum = 7, warning = 0, verified = true,
  citation = '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）二（三）：对涉及群众切身利益或者对公民、法人和其他组织权利义务有重大影响的，应当向社会公开征求意见；法治政府建设示范指标体系第24项：公开征求意见期限一般不少于7个工作日'
where rule_code = 'ND_CONSULTATION';
update deadline_rule_version set in_force_to = date '2019-12-31', maximum = null, minimum = 7, unit = 'WORKING_DAY',
  warning = 0, verified = true,
  citation = '《优化营商环境条例》施行前：涉及市场主体的行政规范性文件与其他文件同样适用公开征求意见期限，一般不少于7个工作日（国办发〔2018〕37号 二（三）；法治政府建设示范指标体系第24项）'
where rule_code = 'ND_CONSULTATION_MARKET';
insert into deadline_rule_version values ('ND_CONSULTATION_MARKET', date '2020-01-01', null, null, 30, 'DAY', false,
  0, 0, 'WORKING_DAY', '自公布征求意见稿之日',
  '《优化营商环境条例》第六十二条：制定与市场主体生产经营活动密切相关的行政规范性文件，应当公开征求意见；向社会公开征求意见的期限一般不少于30日', true, 0);
update deadline_rule_version set in_force_from = date '2019-09-01', maximum = null, minimum = 30, warning = 0,
  verified = true,
  citation = '《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明'
where rule_code = 'DC_CONSULTATION';

-- 主动公开: the 2007 条例 and, from 2019-05-15, the revised one (both 20 working days).
update deadline_rule_version set in_force_from = date '2008-05-01', in_force_to = date '2019-05-14',
  citation = '《政府信息公开条例》（2007年）第十八条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内予以公开'
where rule_code = 'ND_PUBLICATION';
insert into deadline_rule_version values ('ND_PUBLICATION', date '2019-05-15', null, 20, null, 'WORKING_DAY', false,
  0, 5, 'WORKING_DAY', '自文件公布（形成）之日',
  '《政府信息公开条例》第二十六条：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开', true, 0);

update deadline_rule_version set
  citation = '《内蒙古自治区规范性文件制定和备案监督办法》：规范性文件应当自公布之日起30日内报送备案'
where rule_code = 'ND_FILING';
update deadline_rule_version set
  citation = '《内蒙古自治区规范性文件制定和备案监督办法》：备案审查机关自收到备案材料之日起30日内完成审查'
where rule_code = 'ND_FILING_REVIEW';

-- 有效期: counted in years from the day the document takes effect (that day counted); the warning runs 6 months.
update deadline_rule set name = '规范性文件有效期届满' where code = 'ND_VALIDITY_EXPIRY';
update deadline_rule_version set maximum = 5, unit = 'YEAR', warning = 6, warning_unit = 'MONTH', verified = true,
  start_rule = '自施行之日起计算，施行之日计入（以施行日前一日为起算日）；期满日为施行日周年日的前一日',
  citation = '《内蒙古自治区规范性文件制定和备案监督办法》：规范性文件应当规定有效期，有效期一般不超过5年，标注“暂行”“试行”的有效期为2年，自实施之日起计算；有效期届满前应当评估'
where rule_code = 'ND_VALIDITY_EXPIRY';

-- 依申请公开: the 2007 条例 (15 + 15 working days) and, from 2019-05-15, the revised one (20 + 20).
insert into deadline_rule_version values ('DR_ANSWER', date '2008-05-01', date '2019-05-14', 15, null, 'WORKING_DAY',
  false, 15, 5, 'WORKING_DAY', '自收到申请之日',
  '《政府信息公开条例》（2007年）第二十四条：不能当场答复的，应当自收到申请之日起15个工作日内予以答复；经批准可以延长答复期限，延长答复的期限最长不得超过15个工作日', false, 0);
update deadline_rule_version set in_force_from = date '2019-05-15', verified = true where rule_code = 'DR_ANSWER'
  and in_force_from = date '1990-01-01';
update deadline_rule_version set in_force_from = date '2019-05-15', verified = true
where rule_code in ('DR_CORRECTION', 'DR_THIRD_PARTY');

-- 信访: the 信访工作条例 in force 2022-05-01; before it the 信访条例 (2005).
update deadline_rule_version set in_force_from = date '2022-05-01', verified = true
where rule_code in ('PT_ACCEPT', 'PT_OBJECTION', 'PT_HANDLE', 'PT_REVIEW', 'PT_RECHECK');
insert into deadline_rule_version values
('PT_ACCEPT', date '2005-05-01', date '2022-04-30', 15, null, 'DAY', true, 0, 3, 'WORKING_DAY', '自收到信访事项之日',
 '《信访条例》（2005年）第二十二条：有关行政机关收到信访事项后，能够当场答复是否受理的，应当当场书面答复；不能当场答复的，应当自收到信访事项之日起15日内书面告知信访人', false, 0),
('PT_HANDLE', date '2005-05-01', date '2022-04-30', 60, null, 'DAY', true, 30, 10, 'WORKING_DAY', '自受理之日',
 '《信访条例》（2005年）第三十三条：信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由', false, 0),
('PT_REVIEW', date '2005-05-01', date '2022-04-30', 30, null, 'DAY', true, 0, 5, 'WORKING_DAY', '自收到复查请求之日',
 '《信访条例》（2005年）第三十四条：收到复查请求的行政机关应当自收到复查请求之日起30日内提出复查意见，并予以书面答复', false, 0),
('PT_RECHECK', date '2005-05-01', date '2022-04-30', 30, null, 'DAY', true, 0, 5, 'WORKING_DAY', '自收到复核请求之日',
 '《信访条例》（2005年）第三十五条：收到复核请求的行政机关应当自收到复核请求之日起30日内提出复核意见', false, 0);

-- 行政复议: the 2023 law in force 2024-01-01 (三日、五日、七日、十日 are working days, 第八十八条); before it the
-- 2017 text (only 五日、七日 were working days, 第四十条).
update deadline_rule_version set in_force_from = date '2024-01-01', verified = true
where rule_code in ('RC_ACCEPT', 'RC_REPLY', 'RC_DECIDE', 'RC_DECIDE_SIMPLE');
insert into deadline_rule_version values
('RC_ACCEPT', date '1999-10-01', date '2023-12-31', 5, null, 'WORKING_DAY', false, 0, 2, 'WORKING_DAY', '自收到复议申请之日',
 '《行政复议法》（2017年）第十七条、第四十条：行政复议机关收到行政复议申请后，应当在五日内进行审查（工作日）', false, 0),
('RC_REPLY', date '1999-10-01', date '2023-12-31', 10, null, 'DAY', true, 0, 3, 'WORKING_DAY', '自收到申请书副本或者申请笔录复印件之日',
 '《行政复议法》（2017年）第二十三条：被申请人应当自收到申请书副本或者申请笔录复印件之日起十日内，提出书面答复，并提交当初作出具体行政行为的证据、依据和其他有关材料', false, 0),
('RC_DECIDE', date '1999-10-01', date '2023-12-31', 60, null, 'DAY', true, 30, 10, 'WORKING_DAY', '自受理申请之日',
 '《行政复议法》（2017年）第三十一条：行政复议机关应当自受理申请之日起六十日内作出行政复议决定；情况复杂的，经批准可以适当延长，但是延长期限最多不超过三十日', false, 0);

update deadline_rule_version set in_force_from = date '2015-05-01', verified = true
where rule_code in ('LT_DEFENCE', 'LT_APPEAL');

-- 代表建议: the 代表法 as amended in 2025 (第五十一条), before that the 2015 text (第四十二条).
update deadline_rule_version set in_force_from = date '2025-03-11', verified = true,
  citation = '《全国人民代表大会和地方各级人民代表大会代表法》（2025年修正）第五十一条：有关机关、组织应当自交办之日起三个月内答复；涉及面广、处理难度大的，应当自交办之日起六个月内答复'
where rule_code = 'SG_REPLY';
insert into deadline_rule_version values ('SG_REPLY', date '2015-08-29', date '2025-03-10', 3, null, 'MONTH', false, 3,
  10, 'WORKING_DAY', '自交办之日',
  '《全国人民代表大会和地方各级人民代表大会代表法》（2015年修正）第四十二条：有关机关、组织应当认真研究办理代表建议、批评和意见，并自交办之日起三个月内答复；涉及面广、处理难度大的，应当自交办之日起六个月内答复', true, 0);
update deadline_rule_version set
  citation = '政协提案办理：自交办之日起三个月内办理完毕；情况复杂、难度较大的，经同意可以延长，最迟不超过六个月（《中国人民政治协商会议全国委员会提案工作条例》及自治区提案办理规定）'
where rule_code = 'PR_REPLY';

update deadline_rule_version set in_force_from = date '2018-12-05',
  citation = '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）：行政许可、行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开'
where rule_code = 'EN_PUBLICITY_PENALTY';
update deadline_rule_version set in_force_from = date '2018-12-05',
  citation = '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）：执法决定信息在执法决定作出之日起20个工作日内向社会公布'
where rule_code = 'EN_PUBLICITY';

-- ---------------------------------------------------------------- rules that were missing

insert into deadline_rule (code, name, module, version) values
('RC_CORRECTION_NOTICE', '行政复议补正通知', 'dispute', 0),
('RC_CORRECTION_SUPPLY', '行政复议申请人补正', 'dispute', 0),
('RC_COPY', '行政复议申请书副本发送', 'dispute', 0),
('RC_COPY_SIMPLE', '行政复议申请书副本发送（简易程序）', 'dispute', 0),
('RC_REPLY_SIMPLE', '行政复议书面答复（简易程序）', 'dispute', 0),
('RC_INCIDENTAL_REPLY', '规范性文件附带审查的制定机关答复', 'dispute', 0),
('LT_APPEAL_RULING', '行政诉讼上诉（裁定）', 'dispute', 0),
('DR_JOINT_CONSULT', '依申请公开征求其他机关意见', 'oversight', 0),
('DR_ANNUAL_REPORT', '政府信息公开工作年度报告', 'assessment', 0),
('AR_REPORT_SUBMIT', '法治政府建设年度报告报送', 'assessment', 0),
('AR_REPORT_PUBLISH', '法治政府建设年度报告公开', 'assessment', 0),
('DC_HEARING_NOTICE', '重大行政决策听证材料送达', 'consultation', 0),
('ND_CLEANUP_CYCLE', '规范性文件定期清理', 'normative', 0);

insert into deadline_rule_version values
('RC_CORRECTION_NOTICE', date '2024-01-01', null, 5, null, 'WORKING_DAY', false, 0, 2, 'WORKING_DAY', '自收到行政复议申请之日',
 '《行政复议法》第三十一条、第八十八条：行政复议申请材料不齐全或者表述不清楚的，行政复议机构应当自收到申请之日起五日内书面通知申请人补正（工作日）', true, 0),
('RC_CORRECTION_SUPPLY', date '2024-01-01', null, 10, null, 'WORKING_DAY', false, 30, 3, 'WORKING_DAY', '自收到补正通知之日',
 '《行政复议法》第三十一条、第八十八条：申请人应当自收到补正通知之日起十日内提交补正材料（工作日）；有正当理由不能按期补正的，行政复议机构可以延长合理的补正期限', true, 0),
('RC_COPY', date '2024-01-01', null, 7, null, 'WORKING_DAY', false, 0, 2, 'WORKING_DAY', '自行政复议申请受理之日',
 '《行政复议法》第四十八条、第八十八条：行政复议机构应当自行政复议申请受理之日起七日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人（工作日）', true, 0),
('RC_COPY_SIMPLE', date '2024-01-01', null, 3, null, 'WORKING_DAY', false, 0, 1, 'WORKING_DAY', '自行政复议申请受理之日',
 '《行政复议法》第五十四条、第八十八条：适用简易程序审理的，行政复议机构应当自受理行政复议申请之日起三日内，将申请书副本或者申请笔录复印件发送被申请人（工作日）', true, 0),
('RC_REPLY_SIMPLE', date '2024-01-01', null, 5, null, 'WORKING_DAY', false, 0, 2, 'WORKING_DAY', '自收到申请书副本或者申请笔录复印件之日',
 '《行政复议法》第五十四条、第八十八条：被申请人应当自收到申请书副本或者申请笔录复印件之日起五日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料（工作日）', true, 0),
('RC_INCIDENTAL_REPLY', date '2024-01-01', null, 10, null, 'WORKING_DAY', false, 0, 3, 'WORKING_DAY', '自收到行政复议机构书面通知之日',
 '《行政复议法》第五十八条、第八十八条：规范性文件的制定机关应当自收到书面通知之日起十日内提交书面答复及相关材料（工作日）', true, 0),
('LT_APPEAL_RULING', date '2015-05-01', null, 10, null, 'DAY', true, 0, 3, 'WORKING_DAY', '自裁定书送达之日',
 '《行政诉讼法》第八十五条：不服人民法院第一审裁定的，有权在裁定书送达之日起十日内向上一级人民法院提起上诉', true, 0),
('DR_JOINT_CONSULT', date '2019-05-15', null, 15, null, 'WORKING_DAY', false, 0, 3, 'WORKING_DAY', '自收到征求意见之日',
 '《政府信息公开条例》第三十四条：申请公开的政府信息由两个以上行政机关共同制作的，牵头制作的行政机关收到政府信息公开申请后可以征求相关行政机关的意见，被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开', true, 0),
('DR_ANNUAL_REPORT', date '2019-05-15', null, 131, null, 'ANNUAL_DATE', false, 0, 10, 'WORKING_DAY', '自报告年度的12月31日',
 '《政府信息公开条例》第四十九条：县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布', true, 0),
('AR_REPORT_SUBMIT', date '2016-01-01', date '2019-04-14', 331, null, 'ANNUAL_DATE', false, 0, 10, 'WORKING_DAY', '自报告年度的12月31日',
 '《法治政府建设实施纲要（2015—2020年）》：县级以上地方各级政府每年第一季度要向同级党委、人大常委会和上一级政府报告上一年度法治政府建设情况，政府部门每年第一季度要向本级政府和上一级政府有关部门报告上一年度法治政府建设情况，报告要通过报刊、政府网站等向社会公开', true, 0),
('AR_REPORT_SUBMIT', date '2019-04-15', null, 301, null, 'ANNUAL_DATE', false, 0, 10, 'WORKING_DAY', '自报告年度的12月31日',
 '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：每年3月1日前，县级以上各级政府部门应当向本级党委和政府、上一级政府有关部门报告上一年度法治政府建设情况', false, 0),
('AR_REPORT_PUBLISH', date '2016-01-01', date '2019-04-14', 331, null, 'ANNUAL_DATE', false, 0, 10, 'WORKING_DAY', '自报告年度的12月31日',
 '《法治政府建设实施纲要（2015—2020年）》：政府部门每年第一季度报告上一年度法治政府建设情况，报告要通过报刊、政府网站等向社会公开', true, 0),
('AR_REPORT_PUBLISH', date '2019-04-15', null, 401, null, 'ANNUAL_DATE', false, 0, 10, 'WORKING_DAY', '自报告年度的12月31日',
 '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条：每年4月1日之前，地方各级政府和县级以上政府部门的法治政府建设年度报告，除涉及党和国家秘密的，应当通过报刊、网站等新闻媒体向社会公开', true, 0),
('DC_HEARING_NOTICE', date '2019-09-01', null, null, 7, 'DAY', false, 0, 0, 'WORKING_DAY', '自听证材料送达参加人之日',
 '《重大行政决策程序暂行条例》第十六条：决策承办单位应当提前公布听证会事项、时间、地点，并于听证会举行7日前向听证参加人送达决策草案及其说明等材料', true, 0),
('ND_CLEANUP_CYCLE', date '2013-05-01', null, 24, null, 'MONTH', false, 0, 3, 'MONTH', '自上一次定期清理完成之日',
 '《内蒙古自治区规范性文件制定和备案监督办法》第二十六条：制定机关每两年对规范性文件进行一次清理', true, 0);

-- ---------------------------------------------------------------- clocks

alter table deadline_clock rename column amount to maximum;
alter table deadline_clock alter column maximum drop not null;
alter table deadline_clock alter column due_date drop not null;
alter table deadline_clock add column rule_from date;
alter table deadline_clock add column minimum int;
alter table deadline_clock add column earliest_date date;
alter table deadline_clock add column warning_unit varchar(20);
alter table deadline_clock add column needs_recompute boolean default false not null;
alter table deadline_clock rename column warning_days to warning;
update deadline_clock set warning_unit = 'WORKING_DAY', needs_recompute = true;
-- every clock takes the version in force on its start day; the nightly sweep recomputes the flagged ones
update deadline_clock set rule_from = (select max(v.in_force_from) from deadline_rule_version v
  where v.rule_code = deadline_clock.rule_code and v.in_force_from <= deadline_clock.start_date);
update deadline_clock set rule_from = (select min(v.in_force_from) from deadline_rule_version v
  where v.rule_code = deadline_clock.rule_code) where rule_from is null;
update deadline_clock set maximum = (select v.maximum from deadline_rule_version v
    where v.rule_code = deadline_clock.rule_code and v.in_force_from = deadline_clock.rule_from),
  minimum = (select v.minimum from deadline_rule_version v
    where v.rule_code = deadline_clock.rule_code and v.in_force_from = deadline_clock.rule_from),
  unit = (select v.unit from deadline_rule_version v
    where v.rule_code = deadline_clock.rule_code and v.in_force_from = deadline_clock.rule_from),
  warning = (select v.warning from deadline_rule_version v
    where v.rule_code = deadline_clock.rule_code and v.in_force_from = deadline_clock.rule_from),
  warning_unit = (select v.warning_unit from deadline_rule_version v
    where v.rule_code = deadline_clock.rule_code and v.in_force_from = deadline_clock.rule_from)
where rule_code <> 'ND_VALIDITY_EXPIRY';
alter table deadline_clock alter column rule_from set not null;
alter table deadline_clock alter column warning_unit set not null;

alter table deadline_extension add column version bigint default 0 not null;
