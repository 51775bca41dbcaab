--liquibase formatted sql

--changeset optovik:008-offer-numbers
--comment: Prices and stock are keyed by a number each offer gets once, in the order offers arrive, not by the offer's Ид: a first import then appends to their indexes instead of inserting at random places in them (1C's Ид are random GUIDs), about four times less work a row.
create sequence catalog_offer_no;
alter table catalog_offer add offer_no bigint;
alter table catalog_price add offer_no bigint;
alter table catalog_stock add offer_no bigint;
--rollback alter table catalog_stock drop offer_no; alter table catalog_price drop offer_no; alter table catalog_offer drop offer_no; drop sequence catalog_offer_no;

--changeset optovik:008-offer-numbers-given
update catalog_offer set offer_no = next value for catalog_offer_no;
update catalog_price c set offer_no = (select o.offer_no from catalog_offer o where o.id = c.offer_id);
update catalog_stock c set offer_no = (select o.offer_no from catalog_offer o where o.id = c.offer_id);
-- A price or stock row of no offer was never shown anywhere: it has nothing to be keyed by.
delete from catalog_price where offer_no is null;
delete from catalog_stock where offer_no is null;
--rollback update catalog_stock set offer_no = null; update catalog_price set offer_no = null; update catalog_offer set offer_no = null;

--changeset optovik:008-offer-numbers-required
alter table catalog_offer alter offer_no set not null;
alter table catalog_price alter offer_no set not null;
alter table catalog_stock alter offer_no set not null;
alter table catalog_price drop constraint pk_catalog_price;
alter table catalog_stock drop constraint pk_catalog_stock;
--rollback alter table catalog_stock add constraint pk_catalog_stock primary key (offer_id, warehouse_id); alter table catalog_price add constraint pk_catalog_price primary key (offer_id, price_type_id); alter table catalog_stock alter offer_no drop not null; alter table catalog_price alter offer_no drop not null; alter table catalog_offer alter offer_no drop not null;

--changeset optovik:008-offer-number-keys
create unique index catalog_offer_no on catalog_offer (offer_no);
alter table catalog_price drop offer_id;
alter table catalog_stock drop offer_id;
alter table catalog_price add constraint pk_catalog_price primary key (offer_no, price_type_id);
alter table catalog_stock add constraint pk_catalog_stock primary key (offer_no, warehouse_id);
--rollback alter table catalog_stock drop constraint pk_catalog_stock; alter table catalog_price drop constraint pk_catalog_price; alter table catalog_stock add offer_id varchar(200) character set utf8; alter table catalog_price add offer_id varchar(200) character set utf8; drop index catalog_offer_no;
