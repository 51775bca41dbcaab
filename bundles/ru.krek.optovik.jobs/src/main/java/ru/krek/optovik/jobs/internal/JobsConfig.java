package ru.krek.optovik.jobs.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code optovik.jobs}: one 5-field cron expression per job under {@code <job>.cron} (the runner
 * honours the key for any registered job, not only the ones listed here), and the settings of the
 * platform's own jobs and alerts.
 */
@ObjectClassDefinition(id = "optovik.jobs", name = "Optovik jobs",
        description = "Schedules (5-field Unix cron, server time zone; empty = on demand only), backup and "
                + "cleanup settings, operators' alerts. Any other job is scheduled with a key <job>.cron.")
public @interface JobsConfig {

    @AttributeDefinition(name = "Import schedule", required = false,
            description = "When the drop folder is scanned and imported as a job, e.g. */10 * * * *")
    String import_cron() default "";

    @AttributeDefinition(name = "Backup schedule", required = false, description = "e.g. 30 2 * * * (02:30 daily)")
    String backup_cron() default "30 2 * * *";

    @AttributeDefinition(name = "Cleanup schedule", required = false, description = "e.g. 0 4 * * 0 (Sundays 04:00)")
    String cleanup_cron() default "0 4 * * 0";

    @AttributeDefinition(name = "Inbox watch schedule", required = false,
            description = "When the drop folder is checked for files stuck longer than alert.inbox.stuck.minutes")
    String inbox$_$watch_cron() default "*/15 * * * *";

    @AttributeDefinition(name = "Mail watch schedule", required = false,
            description = "When paused sending and paused campaigns are looked for (an alert per situation and day)")
    String mail$_$watch_cron() default "*/10 * * * *";

    @AttributeDefinition(name = "Backups kept", min = "1", max = "1000",
            description = "How many backups stay in OPTOVIK_HOME/backup; older ones are deleted after a good backup")
    int backup_keep() default 7;

    @AttributeDefinition(name = "Processed exchanges kept (days)", min = "1",
            description = "Folders in 1c/processed older than this are deleted by the cleanup job")
    int cleanup_processed_days() default 30;

    @AttributeDefinition(name = "Failed exchanges kept (days)", min = "1",
            description = "Folders in 1c/failed older than this are deleted by the cleanup job")
    int cleanup_failed_days() default 90;

    @AttributeDefinition(name = "Price lists kept (days)", min = "1",
            description = "Files in pricelists/ older than this are deleted by the cleanup job")
    int cleanup_pricelists_days() default 30;

    @AttributeDefinition(name = "Job runs kept (days)", min = "1",
            description = "Finished job runs (and their logs) older than this are deleted by the cleanup job")
    int cleanup_runs_days() default 90;

    @AttributeDefinition(name = "Sent letters' attachments kept (days)", min = "1",
            description = "Attachments of letters sent longer ago are deleted from the outbox by the cleanup job; the letters stay")
    int cleanup_letters_days() default 30;

    @AttributeDefinition(name = "Operators' address", required = false,
            description = "Where alerts go (a failed job or import, files stuck in the drop folder); "
                    + "empty = alerts are only logged")
    String alert_to() default "";

    @AttributeDefinition(name = "Stuck after (minutes)", min = "1",
            description = "A file lying in the drop folder longer than this raises an alert")
    int alert_inbox_stuck_minutes() default 60;
}
