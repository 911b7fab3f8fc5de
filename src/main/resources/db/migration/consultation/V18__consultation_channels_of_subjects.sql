-- 公众参与 (2): the other ways of hearing opinions (座谈会, 听证会, 实地走访, 书面征求意见, 问卷调查, a public call in the
-- press) belong to the consulted subject, with or without a portal consultation, and record how the opinions heard
-- were studied and adopted; a public call in the press keeps its period.

alter table consultation_channel add column org_id uuid;
alter table consultation_channel add column subject varchar(40);
alter table consultation_channel add column subject_id varchar(100);
alter table consultation_channel add column until_on date;
alter table consultation_channel add column handling text;
alter table consultation_channel add column short_reason varchar(500);
alter table consultation_channel alter column consultation_id drop not null;

update consultation_channel set
  org_id = (select c.org_id from consultation c where c.id = consultation_channel.consultation_id),
  subject = (select c.subject from consultation c where c.id = consultation_channel.consultation_id),
  subject_id = (select c.subject_id from consultation c where c.id = consultation_channel.consultation_id);

alter table consultation_channel alter column org_id set not null;
alter table consultation_channel alter column subject set not null;
create index consultation_channel_subject on consultation_channel (subject, subject_id, held_on);
