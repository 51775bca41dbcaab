package ru.krek.optovik.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the schema migrations from db/ (packed into this bundle) with Liquibase, which records
 * each applied change set in the database, so a second start applies nothing.
 */
final class Migrations {

    static final String CHANGELOG = "db/changelog.xml";
    private static final Map<String, Object> SCOPE = Map.of(
            // No network here, and none wanted in production.
            "liquibase.analytics.enabled", Boolean.FALSE,
            "liquibase.showBanner", Boolean.FALSE,
            "liquibase.ui.service", "LOGGER");

    /** @return how many change sets this run applied */
    int apply(DataSource dataSource) throws SQLException {
        ClassLoader bundleLoader = Migrations.class.getClassLoader();
        try (Connection connection = dataSource.getConnection()) {
            return Scope.child(Map.of(Scope.Attr.classLoader.name(), bundleLoader), () -> Scope.child(SCOPE, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(bundleLoader),
                        database)) {
                    int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
                    if (pending > 0) {
                        liquibase.update(new Contexts(), new LabelExpression());
                    }
                    return pending;
                }
            }));
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SQLException("schema migration failed: " + cause.getMessage(), e);
        }
    }
}
