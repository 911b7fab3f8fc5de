-- The portal catalog's count and page (published, numbered documents) from the index alone.
create index normative_document_catalog on normative_document (published_on, document_number);
