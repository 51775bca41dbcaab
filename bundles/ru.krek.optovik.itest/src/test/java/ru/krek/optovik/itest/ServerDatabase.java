package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A database of its own on the Firebird server run/test starts (OPTOVIK_TEST_FB_DIR, SYSDBA with
 * OPTOVIK_TEST_FB_PASSWORD), as the runtimes under test reach it: each gets a copy of run/etc whose
 * optovik.db.cfg names it. The file is created by the first runtime and deleted by {@link #close()}.
 */
final class ServerDatabase implements AutoCloseable {

    final Path file;
    final String url;
    private final String password;

    /** A new, unique database name (nanoTime) under OPTOVIK_TEST_FB_DIR; nothing is created yet. */
    ServerDatabase(String prefix) {
        this.password = env("OPTOVIK_TEST_FB_PASSWORD");
        this.file = Path.of(env("OPTOVIK_TEST_FB_DIR"), prefix + "-" + System.nanoTime() + ".fdb");
        this.url = "jdbc:firebird://127.0.0.1:3050/" + file;
    }

    /** A copy of run/etc in the folder whose optovik.db.cfg points at this database; the folder. */
    Path etc(Path folder) throws IOException {
        OptovikProcess.copyEtc(Files.createDirectories(folder));
        Files.writeString(folder.resolve("optovik.db.cfg"), "url = " + url + "\nuser = SYSDBA\npassword = " + password + "\n");
        return folder;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url + "?charSet=UTF-8", "SYSDBA", password);
    }

    /**
     * Starts {@code first}, which creates and migrates the database, and {@code second} once
     * {@code table} is there, so the two never migrate at once; the connection is the test's to close.
     */
    Connection startInTurn(OptovikProcess first, OptovikProcess second, String table) throws Exception {
        first.start();
        Connection sql = connect();
        try {
            awaitTable(sql, table);
            second.start();
            return sql;
        } catch (Exception | AssertionError e) {
            sql.close();
            throw e;
        }
    }

    /** Waits until the table exists: a runtime migrates the schema once it reaches the database, perhaps after /health answers. */
    static void awaitTable(Connection sql, String table) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try {
                count(sql, "select count(*) from " + table);
                return;
            } catch (SQLException notYet) {
                assertTrue(System.nanoTime() < deadline, "no table " + table + ": " + notYet.getMessage());
                Thread.sleep(500);
            }
        }
    }

    /** The first column of the first row of a count query. */
    static long count(Connection sql, String query, Object... parameters) throws SQLException {
        try (PreparedStatement s = sql.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Deletes the database file (the runtimes are stopped by then). */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: run the tests through run/test, which starts a Firebird server");
        }
        return value;
    }
}
