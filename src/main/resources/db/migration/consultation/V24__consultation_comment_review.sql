-- 先审后发: a comment from the portal awaits review before the public sees it; staff publish it or hide it with a
-- reason. Comments received before keep being shown as they were.
alter table consultation_comment add column awaiting_review boolean default false not null;
alter table consultation_comment add column published_by varchar(100);
