-- The review contents a subject is reviewed against, item by item (国办发〔2018〕118号 for a major enforcement
-- decision): whether each item conforms and, where it does not, the finding.
create table review_checklist (
    review_id  uuid          not null references review_request (id),
    item       varchar(30)   not null,
    compliant  boolean       not null,
    finding    varchar(2000),
    primary key (review_id, item)
);
