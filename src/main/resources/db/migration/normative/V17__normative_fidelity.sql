-- 规范性文件 (2): 暂行/试行 as a field, a validity longer than the cap only with its reason, the public consultation
-- required unless a lawful ground for not holding one is recorded, a filing whose timeliness is unknown when it had no clock, and the validity clock
-- anchored on the last valid day.

alter table normative_document add column provisional boolean default false not null;
alter table normative_document add column validity_reason varchar(500);
alter table normative_document add column consultation_waiver varchar(30);
alter table normative_document add column consultation_waiver_reason varchar(1000);
update normative_document set provisional = true where title like '%暂行%' or title like '%试行%';
update normative_document set consultation_waiver = 'NOT_NORMATIVE' where kind = 'INTERNAL';

alter table normative_filing alter column filed_on_time drop not null;

alter table normative_cleanup_item add column confirmed_by_id uuid;

-- the validity clock: from the day before 施行 (so that 施行之日 counts), the document's years, warned 6 months before
update deadline_clock set
  start_date = (select cast(d.effective_on - interval '1' day as date) from normative_document d
                where cast(d.id as varchar(100)) = deadline_clock.subject_id),
  maximum = (select d.validity_years from normative_document d where cast(d.id as varchar(100)) = deadline_clock.subject_id),
  minimum = null, unit = 'YEAR', warning = 6, warning_unit = 'MONTH', needs_recompute = true
where rule_code = 'ND_VALIDITY_EXPIRY'
  and exists (select 1 from normative_document d where cast(d.id as varchar(100)) = deadline_clock.subject_id
              and d.effective_on is not null);
