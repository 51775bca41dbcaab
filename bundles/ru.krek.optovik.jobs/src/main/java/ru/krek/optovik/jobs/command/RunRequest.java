package ru.krek.optovik.jobs.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** job:run's words, read: a job with name=value parameters, or --retry of a run; --detach in either. */
record RunRequest(String job, Map<String, String> parameters, long retry, boolean detach) {

    /** @throws IllegalArgumentException with the usage, naming the word that does not fit */
    static RunRequest parse(String... words) {
        String job = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        long retry = 0;
        boolean detach = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("--detach")) {
                detach = true;
            } else if (w.equals("--retry")) {
                if (i + 1 >= words.length || !words[i + 1].matches("[1-9][0-9]{0,17}")) {
                    throw new IllegalArgumentException("--retry needs a run number; " + JobCommands.RUN_USAGE);
                }
                retry = Long.parseLong(words[++i]);
            } else if (w.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + w + "; " + JobCommands.RUN_USAGE);
            } else if (w.contains("=")) {
                String name = w.substring(0, w.indexOf('='));
                if (name.isEmpty() || parameters.put(name, w.substring(w.indexOf('=') + 1)) != null) {
                    throw new IllegalArgumentException("parameter '" + w + "' is empty or given twice; "
                            + JobCommands.RUN_USAGE);
                }
            } else if (job == null) {
                job = w;
            } else {
                throw new IllegalArgumentException("one job at a time: '" + job + "' and '" + w + "'; "
                        + JobCommands.RUN_USAGE);
            }
        }
        if ((job == null) == (retry == 0)) {
            throw new IllegalArgumentException((job == null ? "no job named; " : "a job or --retry, not both; ")
                    + JobCommands.RUN_USAGE);
        }
        if (retry > 0 && !parameters.isEmpty()) {
            throw new IllegalArgumentException("a retry runs with the run's own parameters; " + JobCommands.RUN_USAGE);
        }
        return new RunRequest(job, parameters, retry, detach);
    }
}
