package ru.krek.optovik.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.firebirdsql.gds.impl.GDSType;
import org.firebirdsql.management.FBStreamingBackupManager;

/**
 * Backup and restore of one configured database through the services API. Streaming: the engine
 * sends the backup to us (and reads a restore from us), so a server's backup lands on this machine
 * and an embedded database is backed up while open.
 */
final class Backups {

    private final DatabaseTarget target;

    Backups(DatabaseTarget target) {
        this.target = target;
    }

    void backup(Path file) throws SQLException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(part)) {
                FBStreamingBackupManager manager = manager(target.path());
                manager.setBackupOutputStream(out);
                manager.backupDatabase();
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new SQLException("cannot write the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    void restore(Path backup, String database) throws SQLException {
        if (target.embedded() && Files.exists(Path.of(database))) {
            throw new SQLException("cannot restore into " + database + ": it exists; restore never overwrites");
        }
        try (InputStream in = Files.newInputStream(backup)) {
            FBStreamingBackupManager manager = manager(database);
            manager.setRestoreInputStream(in);
            manager.setRestoreReplace(false);
            manager.restoreDatabase();
        } catch (IOException e) {
            throw new SQLException("cannot read the backup " + backup + ": " + e.getMessage(), e);
        }
    }

    private FBStreamingBackupManager manager(String database) {
        FBStreamingBackupManager manager = new FBStreamingBackupManager(
                GDSType.getType(target.embedded() ? "EMBEDDED" : "PURE_JAVA"));
        if (!target.embedded()) {
            manager.setServerName(target.host());
            manager.setPortNumber(target.port());
        }
        manager.setUser(target.user());
        manager.setPassword(target.password());
        manager.setDatabase(database);
        return manager;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the part file stays; its name says it is incomplete
        }
    }
}
