package ru.krek.optovik.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.DatabaseBackup;

/**
 * backup: the database through Firebird's services API into OPTOVIK_HOME/backup/optovik-<time>.fbk
 * (restorable with gbak -c or the services API), keeping the newest {@code backup.keep}.
 */
@Component(service = Job.class, configurationPid = "optovik.jobs")
public final class BackupJob implements Job {

    static final String FOLDER = "backup";
    private static final String PREFIX = "optovik-";
    private static final String SUFFIX = ".fbk";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatabaseBackup database;
    private final JobClock time;
    private final Path folder;
    private volatile int keep;

    @Activate
    public BackupJob(JobsConfig config, BundleContext context, @Reference DatabaseBackup database,
            @Reference JobClock time) {
        this.database = database;
        this.time = time;
        this.folder = OptovikHome.of(context).resolve(FOLDER);
        modified(config);
    }

    @Modified
    void modified(JobsConfig config) {
        keep = Math.max(1, config.backup_keep());
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String description() {
        return "backs up the database into OPTOVIK_HOME/backup (Firebird .fbk), keeping the newest backup.keep";
    }

    @Override
    public void run(JobContext context) throws Exception {
        context.checkCancelled();
        Path file = folder.resolve(PREFIX + LocalDateTime.now(time.clock()).format(STAMP) + "-run" + context.runId()
                + SUFFIX);
        context.progress(0, 1);
        context.log("backing up to " + file);
        database.backup(file); // appears complete or not at all
        context.progress(1, 1);
        long bytes = Files.size(file);
        context.count("bytes", bytes);
        context.log("backup written: " + file + " (" + bytes + " bytes)");
        List<Path> old = older(folder, keep);
        for (Path p : old) {
            Files.deleteIfExists(p);
            context.log("old backup deleted: " + p.getFileName());
        }
        context.count("deleted", old.size());
    }

    /** The backups beyond the newest {@code keep}, by name (the names sort by time). */
    static List<Path> older(Path folder, int keep) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            return backups.subList(0, Math.max(0, backups.size() - keep));
        }
    }
}
