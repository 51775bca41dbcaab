--liquibase formatted sql

--changeset optovik:004-import-inline-rows
--comment: An item's first statement in an exchange is staged as one row that carries its first prices and stock (offers) or groups (products) beside it: one plain insert instead of one merge per price, stock and group row. The apply unfolds them into stage_price, stage_stock and stage_product_group (a later statement's row there wins). inline_file = the file of that first statement.
alter table stage_offer
    add inline_file smallint,
    add p1_type varchar(200) character set utf8, add p1_amount numeric(18, 6), add p1_currency varchar(20) character set utf8,
    add p1_unit varchar(100) character set utf8, add p1_coefficient numeric(18, 6),
    add p2_type varchar(200) character set utf8, add p2_amount numeric(18, 6), add p2_currency varchar(20) character set utf8,
    add p2_unit varchar(100) character set utf8, add p2_coefficient numeric(18, 6),
    add p3_type varchar(200) character set utf8, add p3_amount numeric(18, 6), add p3_currency varchar(20) character set utf8,
    add p3_unit varchar(100) character set utf8, add p3_coefficient numeric(18, 6),
    add p4_type varchar(200) character set utf8, add p4_amount numeric(18, 6), add p4_currency varchar(20) character set utf8,
    add p4_unit varchar(100) character set utf8, add p4_coefficient numeric(18, 6),
    add w1_id varchar(200) character set utf8, add w1_quantity numeric(18, 6),
    add w2_id varchar(200) character set utf8, add w2_quantity numeric(18, 6),
    add w3_id varchar(200) character set utf8, add w3_quantity numeric(18, 6);
alter table stage_product
    add inline_file smallint,
    add g1 varchar(200) character set utf8,
    add g2 varchar(200) character set utf8;
--rollback alter table stage_product drop inline_file, drop g1, drop g2; alter table stage_offer drop inline_file, drop p1_type, drop p1_amount, drop p1_currency, drop p1_unit, drop p1_coefficient, drop p2_type, drop p2_amount, drop p2_currency, drop p2_unit, drop p2_coefficient, drop p3_type, drop p3_amount, drop p3_currency, drop p3_unit, drop p3_coefficient, drop p4_type, drop p4_amount, drop p4_currency, drop p4_unit, drop p4_coefficient, drop w1_id, drop w1_quantity, drop w2_id, drop w2_quantity, drop w3_id, drop w3_quantity;
