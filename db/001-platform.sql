--liquibase formatted sql

--changeset optovik:001-settings
--comment: Values all instances on one database share: generated secrets, the instance's identity.
create table settings (
    name       varchar(100) not null primary key,
    val        varchar(4000) character set utf8 not null,
    updated_at timestamp default current_timestamp not null
);
--rollback drop table settings;
