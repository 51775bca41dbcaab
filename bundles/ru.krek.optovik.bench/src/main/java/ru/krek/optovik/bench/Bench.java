package ru.krek.optovik.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmarks' entry point (run/bench): each benchmark builds its data, runs the real exported
 * runtime as operators do, and prints {@code key: value} lines with a reference measured in the same run.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("which benchmark?");
        }
        Path root = Path.of(System.getProperty("optovik.root", ".")).toAbsolutePath().normalize();
        try {
            Options options = new Options(Arrays.asList(args).subList(1, args.length));
            Report report = switch (args[0]) {
                case "import" -> new ImportBench(root, options).run();
                case "mail" -> new MailBench(root, options).run();
                case "pricelists" -> new PriceListBench(root, options).run();
                case "formats" -> new FormatsBench(options).run();
                default -> throw new IllegalArgumentException("unknown benchmark: " + args[0]);
            };
            report.print(System.out);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
    }

    private static void usage(String problem) {
        System.err.println("run/bench: " + problem);
        System.err.println("usage: run/bench import --offers N [--server] [--seed S]");
        System.err.println("       run/bench mail --letters N [--attachment-kb K] [--rate-letters M] [--rate-per-minute R]");
        System.err.println("       run/bench pricelists --clients N --terms T --lines L [--seed S]");
        System.err.println("       run/bench formats [--lines L] [--lists N] [--threads T] [--warehouses] [--seed S]");
        System.exit(2);
    }

    /** {@code --name value} and {@code --flag} arguments. */
    static final class Options {
        private final List<String> args;

        Options(List<String> args) {
            this.args = args;
            if (!args.isEmpty() && !args.get(0).startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args.get(0));
            }
        }

        boolean flag(String name) {
            return args.contains("--" + name);
        }

        long number(String name, long fallback) {
            int i = args.indexOf("--" + name);
            if (i < 0) {
                return fallback;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("--" + name + " needs a number");
            }
            try {
                long value = Long.parseLong(args.get(i + 1));
                if (value <= 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " needs a positive number, not " + args.get(i + 1));
            }
        }
    }
}
