package dev.nnc.maven;

import java.util.List;

/**
 * What one run did.
 *
 * @param networks models found
 * @param regenerated models compiled this run (their fingerprint changed)
 * @param upToDate models skipped because nothing they depend on changed
 * @param failed models with errors
 * @param written files written (new or changed content)
 * @param unchanged files regenerated with the content they already had, left untouched
 * @param deleted files of models that are gone (or no longer produce them), deleted
 * @param errors the first log line of every error, in model order
 * @param vectorApi whether a class generated or kept up to date uses the Vector API, so that
 *     javac and the JVM need {@code --add-modules jdk.incubator.vector}
 */
record GenerateSummary(int networks, int regenerated, int upToDate, int failed, int written, int unchanged,
                       int deleted, List<String> errors, boolean vectorApi) {
    GenerateSummary {
        errors = List.copyOf(errors);
    }

    /** A run whose classes, if any, do not use the Vector API. */
    GenerateSummary(int networks, int regenerated, int upToDate, int failed, int written, int unchanged,
                    int deleted, List<String> errors) {
        this(networks, regenerated, upToDate, failed, written, unchanged, deleted, errors, false);
    }

    static GenerateSummary empty() {
        return new GenerateSummary(0, 0, 0, 0, 0, 0, 0, List.of());
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The line the log ends with, e.g. {@code nnc: 1 of 2 networks regenerated (1 up to date); files: 2 written, ...}. */
    String describe() {
        StringBuilder line = new StringBuilder("nnc: ").append(regenerated).append(" of ").append(networks)
                .append(networks == 1 ? " network" : " networks").append(" regenerated (").append(upToDate)
                .append(" up to date");
        if (failed > 0) {
            line.append(", ").append(failed).append(" with errors");
        }
        return line.append("); files: ").append(written).append(" written, ").append(unchanged)
                .append(" unchanged, ").append(deleted).append(" deleted").toString();
    }
}
