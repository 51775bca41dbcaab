package ru.krek.optovik.jobs.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobRun;

/**
 * What TAB offers for a job: command's word: job names, then the job's parameters (name=default)
 * for job:run; failed or cancelled runs after --retry; recent runs for job:log; runs under way for
 * job:cancel. The shell filters the candidates by what is typed.
 */
final class Completion {

    private Completion() {
    }

    /**
     * @param command the function (run, log, cancel)
     * @param words   the command line's words, the command first
     * @param index   the word being completed
     * @param recent  the recent runs, newest first
     */
    static List<String> candidates(String command, List<String> words, int index, List<Job> jobs, List<JobRun> recent) {
        if (index < 1) {
            return List.of();
        }
        String previous = index - 1 < words.size() ? words.get(index - 1) : "";
        switch (command) {
            case "run":
                if (previous.equals("--retry")) {
                    return ids(recent.stream().filter(r -> r.status() == JobRun.Status.FAILED || r.status() == JobRun.Status.CANCELLED));
                }
                Optional<Job> named = words.subList(1, Math.min(index, words.size())).stream()
                        .filter(w -> !w.startsWith("-") && !w.contains("="))
                        .flatMap(w -> jobs.stream().filter(j -> j.name().equals(w))).findFirst();
                if (named.isPresent()) {
                    return named.get().parameters().stream().map(p -> p.name() + "=" + p.defaultValue()).toList();
                }
                return words.subList(1, Math.min(index, words.size())).stream().anyMatch(w -> w.startsWith("--retry"))
                        ? List.of() : jobs.stream().map(Job::name).toList();
            case "log":
                return index == 1 ? ids(recent.stream()) : List.of();
            case "cancel":
                return index == 1 ? ids(recent.stream().filter(r -> r.finished().isEmpty())) : List.of();
            default:
                return List.of();
        }
    }

    private static List<String> ids(Stream<JobRun> runs) {
        return runs.map(r -> String.valueOf(r.id())).toList();
    }
}
