-- 重大行政决策 (2): the draft's legal basis sent with the review request (第二十六条); the expert opinion's form (a
-- written opinion is signed and sealed, a 论证会 keeps its record, 第十九条、第二十条); the risk level as a fixed list
-- and whether the risk is controllable (第二十四条); the report to the 同级党委 before issuing (第三十一条); the link to
-- the normative register for a decision that is in substance a normative document; the 公平竞争审查 kept in the shared
-- record of the review module.

alter table decision add column basis text;
alter table decision add column risk_controllable boolean;
alter table decision add column party_reported_on date;
alter table decision add column party_reported_to varchar(200);
alter table decision add column party_report_note varchar(1000);
alter table decision add column party_report_waiver varchar(1000);
alter table decision add column party_report_by varchar(100);
alter table decision add column normative_document_id uuid;

update decision set risk_level = case
    when risk_level like '%低%' then 'LOW'
    when risk_level like '%高%' then 'HIGH'
    else 'MEDIUM' end,
  risk_controllable = true
where risk_done_on is not null;

alter table decision_expert_opinion add column form varchar(20) default 'WRITTEN' not null;

-- The shared record does not know which text an earlier conclusion judged (an empty fingerprint matches no text):
-- a decision still being drafted is asked for its 公平竞争审查 again; a decision taken keeps its conclusion on record.
insert into review_fair_competition (id, org_id, subject, subject_id, conclusion, note, reviewed_on, reviewer,
  text_fingerprint, recorded_by_id, created_at)
select id, org_id, 'MAJOR_DECISION', cast(id as varchar(100)), fair_competition, fair_competition_note,
  fair_competition_on, '决策承办单位', '', null, created_at
from decision where fair_competition is not null;

alter table decision drop column fair_competition;
alter table decision drop column fair_competition_note;
alter table decision drop column fair_competition_on;
