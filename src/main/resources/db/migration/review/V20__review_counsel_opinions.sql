-- 合法性审查 (3): the legal opinions of 法律顾问 and 公职律师 organized during a review (重大行政决策程序暂行条例 第二十八条).

create table review_counsel_opinion (
    id             uuid                     not null primary key,
    review_id      uuid                     not null references review_request (id),
    counsel_name   varchar(100)             not null,
    counsel_role   varchar(20)              not null,
    opinion        text                     not null,
    given_on       date                     not null,
    recorded_by    varchar(100)             not null,
    recorded_at    timestamp with time zone not null
);
create index review_counsel_opinion_review on review_counsel_opinion (review_id, given_on);
