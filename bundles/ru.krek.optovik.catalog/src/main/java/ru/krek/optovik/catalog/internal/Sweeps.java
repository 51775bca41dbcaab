package ru.krek.optovik.catalog.internal;

import java.sql.SQLException;

/**
 * Apply steps written as PSQL loops: driven by the staged rows where only those matter, or one pass
 * over the catalog's offers that probes the stage by key, instead of a statement whose subqueries run
 * for every price or stock row of the catalog.
 */
final class Sweeps {

    private static final String ID = "varchar(200) character set utf8";

    private final Sql sql;

    Sweeps(Sql sql) {
        this.sql = sql;
    }

    /** Memberships of products whose groups a file stated: exactly those of the last such file. */
    void productGroups() throws SQLException {
        sql.update("execute block as declare id " + ID + "; declare f smallint; begin "
                + "for select s.id, s.groups_file from stage_product s where s.groups_file is not null into :id, :f do "
                + "delete from catalog_product_group pg where pg.product_id = :id and not exists (select 1 "
                + "from stage_product_group sg where sg.product_id = :id and sg.group_id = pg.group_id and sg.file_no = :f); end");
    }

    /** Warehouses the last file that stated an offer's stock did not name. */
    void stockNotStated() throws SQLException {
        sql.update("execute block as declare id " + ID + "; declare f smallint; declare n bigint; begin "
                + "for select s.id, s.stock_file, o.offer_no from stage_offer s join catalog_offer o on o.id = s.id "
                + "where s.stock_file is not null into :id, :f, :n do "
                + "delete from catalog_stock c where c.offer_no = :n and not exists (select 1 from stage_stock ss "
                + "where ss.offer_id = :id and ss.warehouse_id = c.warehouse_id and ss.file_no = :f); end");
    }

    /**
     * Full files covering every offer, in one pass over the catalog's offers (each part only when such a
     * file came). Stock: an offer no file stated stock for (new ones stated theirs) has it unknown.
     * Prices: those not carried are removed, all of an offer no file named (whose fingerprint then no
     * longer holds); a kept offer's are as carried, a new one's as written.
     */
    void notCarriedEverywhere(long runId, boolean stock, boolean prices) throws SQLException {
        if (!stock && !prices) {
            return;
        }
        String stockPart = !stock ? "" : "if (staged is null or (stock_file is null and not kept)) then begin "
                + "if (stock is not null) then update catalog_offer set stock = null, fp = null where id = :id; "
                + "delete from catalog_stock where offer_no = :n; end ";
        String pricesPart = !prices ? "" : "if (staged is null) then begin delete from catalog_price where offer_no = :n; "
                + "if (row_count > 0) then update catalog_offer set fp = null where id = :id and fp is not null; end "
                + "else if (not kept) then delete from catalog_price c where c.offer_no = :n and not exists (select 1 "
                + "from stage_price p where p.offer_id = :id and p.price_type_id = c.price_type_id); ";
        sql.update("execute block (run_id bigint = ?) as declare id " + ID + "; declare n bigint; declare stock numeric(18, 6); "
                + "declare staged " + ID + "; declare kept boolean; declare stock_file smallint; begin "
                + "for select o.id, o.offer_no, o.stock, s.id, s.kept, s.stock_file from catalog_offer o "
                + "left join stage_offer s on s.id = o.id where o.first_run is distinct from :run_id "
                + "into :id, :n, :stock, :staged, :kept, :stock_file do begin " + stockPart + pricesPart + "end end", runId);
    }

    /**
     * New, gone and back in one pass: an offer is present when neither it nor its product is gone. An
     * offer this run wrote was written present, the usual case, so it is NEW without an update then.
     */
    void presence(long runId) throws SQLException {
        sql.update("execute block (run_id bigint = ?) as declare id " + ID + "; declare name varchar(1000) character set utf8; "
                + "declare was boolean; declare now boolean; declare written boolean; begin "
                + "for select o.id, o.name, o.present, (o.gone = false and coalesce(p.gone = false, false)), "
                + "o.first_run is not distinct from :run_id "
                + "from catalog_offer o left join catalog_product p on p.id = o.product_id into :id, :name, :was, :now, :written do "
                + "if (written or was is distinct from now) then begin "
                + "if (now or (was is not null and not written)) then insert into catalog_change (run_id, kind, offer_id, name) "
                + "values (:run_id, iif(:written or :was is null, 'NEW', iif(:now, 'BACK', 'GONE')), :id, :name); "
                + "if (was is distinct from now) then update catalog_offer set present = :now where id = :id; end end", runId);
    }
}
