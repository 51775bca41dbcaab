package ru.krek.optovik.jobs.command;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobException;
import ru.krek.optovik.api.jobs.JobLogLine;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.jobs.ScheduledJob;
import ru.krek.optovik.api.shell.Table;

/** job:list, job:run, job:cancel, job:log, job:schedule — operators drive the job runner (DESIGN.md's Gogo scopes). */
@Component(service = JobCommands.class, property = {
        "osgi.command.scope=job",
        "osgi.command.function=list",
        "osgi.command.function=run",
        "osgi.command.function=cancel",
        "osgi.command.function=log",
        "osgi.command.function=schedule",
        "osgi.command.function=_complete",
        // the shell's TAB evaluates these (ru.krek.optovik.shell ArgumentCompletions)
        "optovik.completion=run=job:_complete run ($.commandLine words) ($.commandLine wordIndex)",
        "optovik.completion=log=job:_complete log ($.commandLine words) ($.commandLine wordIndex)",
        "optovik.completion=cancel=job:_complete cancel ($.commandLine words) ($.commandLine wordIndex)" })
public final class JobCommands {

    static final int DEFAULT_RUNS = 20;
    /** How often a waiting job:run prints its progress. */
    static final Duration REPORT_EVERY = Duration.ofSeconds(2);
    static final String LIST_USAGE = "usage: job:list [count]";
    static final String CANCEL_USAGE = "usage: job:cancel <run>";
    static final String LOG_USAGE = "usage: job:log <run>";
    static final String RUN_USAGE = "usage: job:run <job> [name=value ...] [--detach] | job:run --retry <run> [--detach]";

    private final Jobs jobs;

    @Activate
    public JobCommands(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    @Descriptor("lists the runs under way and the 20 most recent ones, newest first, and the jobs there are")
    public String list() throws JobException {
        return listing(DEFAULT_RUNS);
    }

    @Descriptor("lists the runs under way and the most recent ones: " + LIST_USAGE)
    public String list(@Descriptor("how many runs to list (at least 1)") String many) throws JobException {
        return listing((int) Math.min(Numbers.positive(many, LIST_USAGE, "a count of runs"), Integer.MAX_VALUE));
    }

    private String listing(int count) throws JobException {
        Table runs = new Table("run", "job", "status", "started", "finished", "progress", "started-by", "counts", "error");
        for (JobRun r : jobs.runs(count)) {
            runs.row(String.valueOf(r.id()), r.job(), r.status().word(), Texts.time(r.started()),
                    r.finished().map(Texts::time).orElse("-"), Texts.progress(r, Instant.now()), r.startedBy(),
                    Texts.counts(r.counts()), r.error());
        }
        Table known = new Table("job", "parameters", "description");
        for (Job job : jobs.jobs()) {
            known.row(job.name(), Texts.parameters(job.parameters()), job.description());
        }
        return runs + "\n\n" + known;
    }

    @Descriptor("runs a job and waits, printing progress (done/total and rate); --detach returns at once; "
            + "--retry <run> runs a failed or cancelled run again. " + RUN_USAGE)
    public String run(CommandSession session,
            @Descriptor("<job> [name=value ...] [--detach], or --retry <run> [--detach]") String... words)
            throws JobException, InterruptedException {
        RunRequest request = RunRequest.parse(words);
        String by = Texts.operator();
        JobRun run = request.retry() > 0 ? jobs.retry(request.retry(), by)
                : jobs.start(request.job(), request.parameters(), by);
        if (request.detach()) {
            return "run " + run.id() + " of " + run.job() + " started (job:list, job:log " + run.id() + ")";
        }
        PrintStream console = session.getConsole();
        while (run.finished().isEmpty()) {
            run = jobs.await(run.id(), REPORT_EVERY);
            if (run.finished().isEmpty() && console != null) {
                console.println("run " + run.id() + " " + run.job() + ": " + Texts.progress(run, Instant.now()));
                console.flush();
            }
        }
        String summary = "run " + run.id() + " of " + run.job() + " " + run.status().word() + " in "
                + Texts.duration(run) + (run.total() > 0 || run.done() > 0 ? ", " + Texts.progress(run, Instant.now()) : "")
                + (run.counts().isEmpty() ? "" : ", " + Texts.counts(run.counts()));
        if (run.status() != JobRun.Status.SUCCEEDED) {
            throw new IllegalStateException(summary + ": " + run.error());
        }
        return summary;
    }

    @Descriptor("asks a running run to stop at its next safe point: " + CANCEL_USAGE)
    public String cancel(@Descriptor("the run (see job:list)") String number) throws JobException {
        long run = Numbers.positive(number, CANCEL_USAGE, "a run number (see job:list)");
        return jobs.cancel(run) ? "run " + run + ": cancel requested; it stops at its next safe point"
                : "run " + run + " has already ended";
    }

    @Descriptor("prints a run's log, one line each: time, text: " + LOG_USAGE)
    public String log(@Descriptor("the run (see job:list)") String number) throws JobException {
        long run = Numbers.positive(number, LOG_USAGE, "a run number (see job:list)");
        List<JobLogLine> lines = jobs.log(run);
        StringBuilder out = new StringBuilder();
        for (JobLogLine line : lines) {
            out.append(out.length() == 0 ? "" : "\n").append(Texts.time(line.time())).append("  ").append(line.text());
        }
        return out.toString();
    }

    @Descriptor("what TAB offers (the shell calls it): job names and parameters for job:run, run ids for job:log "
            + "and job:cancel: job:_complete <run|log|cancel> <words> <index>")
    public List<String> _complete(@Descriptor("the command: run, log or cancel") String command,
            @Descriptor("the command line's words") List<String> words,
            @Descriptor("the word being completed") int index) throws JobException {
        String previous = index > 0 && index <= words.size() ? words.get(index - 1) : "";
        boolean runs = command.equals("run") ? previous.equals("--retry") : index == 1; // read only when offered
        return Completion.candidates(command, words, index, jobs.jobs(), runs ? jobs.runs(DEFAULT_RUNS) : List.of());
    }

    @Descriptor("shows every configured schedule (optovik.jobs) and when it fires next, soonest first")
    public String schedule() {
        Table table = new Table("job", "cron", "next");
        for (ScheduledJob s : jobs.schedule()) {
            table.row(s.job(), s.cron(), s.next().map(Texts::time).orElse("never"));
        }
        return table.toString();
    }
}
