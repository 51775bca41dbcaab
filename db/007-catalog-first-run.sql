--liquibase formatted sql

--changeset optovik:007-offer-first-run-index
--comment: An import finds the offers it wrote new (first_run = its run) without reading the whole catalog.
create index catalog_offer_first_run on catalog_offer (first_run);
--rollback drop index catalog_offer_first_run;
