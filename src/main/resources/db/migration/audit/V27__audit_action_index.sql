-- The auditor's search by operation, and the operation filter's choices, read from an index instead of scanning a
-- trail of millions of entries.
create index audit_entry_action on audit_entry (action, occurred_at);
