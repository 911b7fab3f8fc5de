-- Whether a document has ever been reported for filing: the 工作台's task "待报送备案" is the numbered department
-- documents without one, found through this index instead of an anti-join over every document in force. Kept by the
-- filing's submission in the same transaction.
alter table normative_document add column filed boolean default false not null;
update normative_document set filed = true where exists (select 1 from normative_filing f where f.document_id = normative_document.id);
create index normative_document_unfiled on normative_document (filed, org_id);
