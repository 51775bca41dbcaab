package ru.krek.optovik.jobs.command;

/** The numbers job: commands take, read with an error that names the word and the usage. */
final class Numbers {

    private Numbers() {
    }

    /**
     * @param what what the number is, for the error ("a run number (see job:list)")
     * @throws IllegalArgumentException the word is not a whole number of at least 1
     */
    static long positive(String word, String usage, String what) {
        if (word != null && word.strip().matches("[0-9]{1,18}") && Long.parseLong(word.strip()) >= 1) {
            return Long.parseLong(word.strip());
        }
        throw new IllegalArgumentException(usage + ": '" + (word == null ? "" : word.replaceAll("\\p{Cntrl}", "?"))
                + "' is not " + what + " (a whole number, at least 1)");
    }
}
