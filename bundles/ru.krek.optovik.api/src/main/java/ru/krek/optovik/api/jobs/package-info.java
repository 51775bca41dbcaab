/**
 * Jobs: named units of work ({@link ru.krek.optovik.api.jobs.Job}, one DS service each) that the
 * {@link ru.krek.optovik.api.jobs.Jobs} runner starts on demand or on a schedule, one run of a job at
 * a time, recording every {@link ru.krek.optovik.api.jobs.JobRun} and its log lines in the database.
 */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
