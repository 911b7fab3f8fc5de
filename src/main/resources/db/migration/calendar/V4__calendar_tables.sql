-- 工作日历: the notice of each recorded year, the named days (holidays, make-up working days, local decisions),
-- and a version number that every change increments, so that each node reloads its snapshot.

create table calendar_year (
    year_number     int                      not null primary key,
    notice          varchar(200)             not null,
    document_number varchar(60),
    url             varchar(300),
    recorded_at     timestamp with time zone not null
);

create table calendar_day (
    day_date        date                     not null primary key,
    kind            varchar(20)              not null,
    name            varchar(60)              not null,
    notice          varchar(200)             not null,
    document_number varchar(60),
    url             varchar(300),
    local_decision  boolean                  not null,
    recorded_at     timestamp with time zone not null
);

create table calendar_version (
    id      int    not null primary key,
    version bigint not null
);
insert into calendar_version (id, version) values (1, 1);
