-- 文号: one allocator for every numbered document (规范性文件 内科发政字〔2019〕5号, 审查文书 科技厅法审〔2019〕12号),
-- per issuer code and year, in date order: the day of the last number given is kept, so that a document dated
-- earlier cannot take a later number. The sequences of the normative and review modules move here.

create table platform_document_number (
    issuer_code varchar(40) not null,
    year_num    int         not null,
    last_seq    int         not null,
    last_date   date,
    primary key (issuer_code, year_num)
);

insert into platform_document_number (issuer_code, year_num, last_seq, last_date)
select issuer_code, number_year, max(number_seq), max(promulgated_on)
from normative_document where issuer_code is not null and number_year is not null
group by issuer_code, number_year;

insert into platform_document_number (issuer_code, year_num, last_seq, last_date)
select number_prefix, number_year, max(number_seq), max(completed_on)
from review_request where number_prefix is not null and number_year is not null
group by number_prefix, number_year;

drop table normative_number_seq;
drop table review_number_seq;
