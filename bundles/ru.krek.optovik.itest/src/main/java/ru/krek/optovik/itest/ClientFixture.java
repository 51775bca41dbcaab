package ru.krek.optovik.itest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.store.Store;

/** A fresh database with a generated catalog imported, and the client directory's services. */
final class ClientFixture {

    final CatalogFixture catalog;
    final ClientDirectory directory;
    final DiscountTypes discounts;

    private ClientFixture(CatalogFixture catalog) {
        this.catalog = catalog;
        this.directory = OptovikFramework.service(ClientDirectory.class);
        this.discounts = OptovikFramework.service(DiscountTypes.class);
    }

    /** A fresh database holding the generated catalog of this seed (imported through the shell). */
    static ClientFixture withCatalog(String name, long seed) throws Exception {
        return withCatalog(name, seed, 200);
    }

    /** The same with the generated catalog's size. */
    static ClientFixture withCatalog(String name, long seed, int offers) throws Exception {
        CatalogFixture catalog = CatalogFixture.freshDatabase(name);
        ClientFixture f = new ClientFixture(catalog);
        f.importGenerated("catalog-" + seed, seed, offers);
        return f;
    }

    /** catalog:generate + catalog:import of a full export of the given seed. */
    void importGenerated(String folder, long seed) throws Exception {
        importGenerated(folder, seed, 200);
    }

    void importGenerated(String folder, long seed, int offers) throws Exception {
        Path dir = catalog.work.resolve(folder);
        RuntimeTest.gogo("catalog:generate " + dir + " --offers " + offers + " --seed " + seed);
        String summary = RuntimeTest.gogo("catalog:import " + dir);
        if (!summary.contains("succeeded")) {
            throw new AssertionError(summary);
        }
    }

    static ClientDetails details(String company, String inn, String email) {
        return new ClientDetails(company, inn, "", "Иван Петров", email, List.of(), "+7 495 000-00-00", "Москва",
                new Manager("Анна Смирнова", "anna@krek.ru"));
    }

    /** The first column of each row a query returns, as text. */
    static List<String> column(String sql, Object... parameters) throws Exception {
        Store store = OptovikFramework.readyStore();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1) == null ? null : rs.getString(1).trim());
                }
            }
            return values;
        }
    }

    static int update(String sql, Object... parameters) throws Exception {
        Store store = OptovikFramework.readyStore();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** A top-level group with subgroups, and one of its subgroups. */
    static String[] parentAndChild() throws Exception {
        List<String> pair = column("select first 1 p.id || ' ' || c.id from catalog_group p join catalog_group c on c.parent_id = p.id "
                + "where p.parent_id is null and p.gone = false order by p.id, c.id");
        return pair.get(0).split(" ");
    }
}
