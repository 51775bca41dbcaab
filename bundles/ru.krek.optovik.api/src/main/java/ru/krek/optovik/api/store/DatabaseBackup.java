package ru.krek.optovik.api.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Backups of Optovik's database through Firebird's services API, so they work while the database
 * is open (an embedded database cannot be copied or gbak'ed from outside then) and for a server too:
 * the backup streams to this process and lands in a local file.
 */
@ProviderType
public interface DatabaseBackup {

    /**
     * Writes a backup (gbak format) of the current database to {@code file}; the file appears
     * complete or not at all.
     *
     * @throws SQLException the database is down or the engine refused; nothing is left at {@code file}
     */
    void backup(Path file) throws SQLException;

    /**
     * Restores a backup into a new database (never over an existing one), with the engine of the
     * current configuration: embedded, a local file; server, a path as the server sees it.
     *
     * @throws SQLException the backup is unusable or the target exists
     */
    void restore(Path backup, String database) throws SQLException;
}
