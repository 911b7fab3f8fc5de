-- What the data generator has written: one row per generator and unit, in the same transaction as the rows, so
-- that a run stopped half-way resumes after the last unit it finished.
create table platform_generated (
    generator    varchar(40)              not null,
    unit_code    varchar(40)              not null,
    rows_written bigint                   not null,
    done_at      timestamp with time zone not null,
    primary key (generator, unit_code)
);
