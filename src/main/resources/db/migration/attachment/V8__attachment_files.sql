-- 附件: evidence files of any module, kept behind a Storage interface (file system by default), each with its
-- SHA-256 checksum, type and size.

create table attachment_file (
    id           uuid                     not null primary key,
    org_id       uuid                     not null,
    owner_type   varchar(60)              not null,
    owner_id     varchar(100)             not null,
    category     varchar(60)              not null,
    file_name    varchar(255)             not null,
    content_type varchar(100)             not null,
    size_bytes   bigint                   not null,
    sha256       varchar(64)              not null,
    storage_key  varchar(200)             not null,
    uploaded_by  varchar(100)             not null,
    uploaded_at  timestamp with time zone not null
);
create index attachment_file_owner on attachment_file (owner_type, owner_id);
