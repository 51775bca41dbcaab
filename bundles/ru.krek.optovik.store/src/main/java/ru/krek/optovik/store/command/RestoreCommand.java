package ru.krek.optovik.store.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.DatabaseBackup;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.api.store.StoreStatus;

/**
 * optovik:restore — a backup into a new database beside the running one. Switching over stays a
 * deliberate edit of optovik.db.cfg, so a restore can be inspected before anyone works on it.
 */
@Component(service = RestoreCommand.class, property = {
        "osgi.command.scope=optovik",
        "osgi.command.function=restore" })
public final class RestoreCommand {

    static final String USAGE = "usage: optovik:restore <backup.fbk> <new database>";

    private final DatabaseBackup backups;
    private final Store store;
    private final OptovikHome home;

    @Activate
    public RestoreCommand(@Reference DatabaseBackup backups, @Reference Store store, BundleContext context) {
        this.backups = backups;
        this.store = store;
        this.home = OptovikHome.of(context);
    }

    @Descriptor("restores a database backup (job backup, gbak) into a NEW database, never over one, and prints the "
            + "optovik.db url that switches to it; " + USAGE)
    public String restore(
            @Descriptor("the .fbk file: a name in OPTOVIK_HOME/backup, or a path") String backup,
            @Descriptor("the new database: embedded, a file (relative to OPTOVIK_HOME); server, a path or alias "
                    + "as the server sees it") String database) throws SQLException {
        Path file = home.resolve("backup").resolve(backup);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such backup: " + file);
        }
        StoreStatus status = store.status();
        boolean embedded = "embedded".equals(status.mode());
        String target = embedded ? home.resolve(database).toString() : database;
        if (embedded && Files.exists(Path.of(target))) {
            throw new IllegalArgumentException(target + " exists: a restore never overwrites; name a new file");
        }
        backups.restore(file, target);
        String url = embedded ? "jdbc:firebird:embedded:" + target : serverOf(status.location()) + target;
        return "restored: " + file + " → " + target + "\n"
                + "to work on it, set in optovik.db.cfg (applies without a restart): url = " + url;
    }

    /** jdbc:firebird://host:port/ of the current server location. */
    private static String serverOf(String location) {
        int path = location.indexOf('/', "jdbc:firebird://".length());
        return location.substring(0, path + 1);
    }
}
