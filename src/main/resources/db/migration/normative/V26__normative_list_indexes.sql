-- The register's and the portal catalog's order (drafts first, then the newest promulgated), so that a page is read
-- from the index instead of sorting every document; the issuer filter's choices.
create index normative_document_list on normative_document (promulgated_on desc nulls first, created_at desc);
create index normative_document_issuer on normative_document (issuer_code);
create index normative_document_published on normative_document (published_on);
