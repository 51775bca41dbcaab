--liquibase formatted sql

--changeset optovik:006-notify
--comment: Change notifications. notify_client: per client, the last import run whose changes it has been told (or had nothing to hear about), and when its last digest went (weekly clients are due a week after it). notify_import: the import runs whose after-import chain (notices, price lists) has been done. Times are UTC.
create table notify_client (
    client_id  bigint not null primary key,
    up_to_run  bigint not null,
    updated    timestamp not null,
    digest_at  timestamp
);
create table notify_import (
    run_id  bigint not null primary key,
    done_at timestamp not null
);
--rollback drop table notify_import; drop table notify_client;
