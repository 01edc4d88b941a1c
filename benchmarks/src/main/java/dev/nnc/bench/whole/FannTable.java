package dev.nnc.bench.whole;

import static dev.nnc.bench.whole.FannComparison.format;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The Markdown of the FANN comparison: how it was measured, the table, the targets. */
final class FannTable {
    private FannTable() {
    }

    static String markdown(List<FannRow> rows, int repeat, String exampleModel) {
        StringBuilder md = new StringBuilder();
        md.append("FANN's example data sets (").append(FannComparison.DATA_SETS).append("), each trained for ")
                .append(FannComparison.EPOCHS).append(" epochs of full-batch RPROP (iRPROP−) in a 3-layer network of ")
                .append(FannComparison.HIDDEN).append(" hidden neurons. FANN: `benchmarks/compare/fann_train.c`,"
                        + " gcc -O3, double-precision FANN (libdoublefann), FANN_TRAIN_RPROP with its default"
                        + " parameters, FANN_SIGMOID_SYMMETRIC hidden (tanh(z/2) at FANN's steepness 0.5),"
                        + " FANN_SIGMOID outputs, FANN_ERRORFUNC_LINEAR (plain MSE), weights uniform in ±0.1, a desired"
                        + " error of -1 so that every epoch runs (FANN stops once the MSE is at most the desired error,"
                        + " and an MSE of 0 happens)."
                        + " nnc: `./nnc train FILE.nn --quiet` on the same samples as CSV, with this file"
                        + " (the others differ only in sizes and names):\n\n")
                .append("```\n").append(exampleModel).append("```\n\n")
                .append("Whole processes, start to exit; median of ").append(repeat)
                .append(" runs, alternating FANN, nnc warm (class cache filled by an earlier run) and nnc cold"
                        + " (`XDG_CACHE_HOME` a fresh empty folder for every run, so javac compiles the class),"
                        + " all with `NNC_DAEMON=0`; then both again served by nnc's daemon (docs/cli.md, \"Quick runs\"),"
                        + " started and ready before the first timed run."
                        + " Test accuracy: arg-max output against arg-max target on the set's .test file.\n\n");
        md.append("| data set | samples | network | FANN | nnc warm | nnc cold | nnc warm / FANN"
                + " | nnc cold / FANN | daemon warm | daemon cold | daemon warm / FANN | daemon cold / FANN"
                + " | test accuracy FANN / nnc |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FannRow row : rows) {
            md.append(format("| %s | %d train, %d test | %s | %.2f s | %.2f s | %.2f s | %.2f× | %.2f× | %.2f s | %.2f s"
                            + " | %.2f× | %.2f× | %.2f%% / %.2f%% |%n",
                    row.dataSet(), row.train().samples(), row.testSamples(), row.train().network(row.hidden()),
                    row.fannSeconds(), row.warmSeconds(), row.coldSeconds(), row.warmRatio(), row.coldRatio(),
                    row.daemonWarmSeconds(), row.daemonColdSeconds(), row.daemonWarmRatio(), row.daemonColdRatio(),
                    100 * row.fannAccuracy(), 100 * row.nncAccuracy()));
        }
        md.append("\nFANN's training alone, timed inside its process: ")
                .append(join(rows, r -> format("%s %.2f s", r.dataSet(), r.fannTrainingSeconds())))
                .append(". Peak resident set (FANN / nnc warm / nnc cold): ")
                .append(join(rows, r -> format("%s %.0f / %.0f / %.0f MB", r.dataSet(), r.fannMegabytes(),
                        r.warmMegabytes(), r.coldMegabytes())))
                .append(".\n\n");
        md.append("Targets: nnc warm no slower than FANN (warm / FANN ≤ 1) and nnc cold at most 1.5× FANN"
                        + " (cold / FANN ≤ 1.5); warm met on ")
                .append(met(rows, r -> r.warmRatio() <= 1.0)).append(", cold met on ")
                .append(met(rows, r -> r.coldRatio() <= 1.5)).append(" without the daemon; with it, warm met on ")
                .append(met(rows, r -> r.daemonWarmRatio() <= 1.0)).append(", cold met on ")
                .append(met(rows, r -> r.daemonColdRatio() <= 1.5)).append(".");
        return md.toString();
    }

    private static String join(List<FannRow> rows, Function<FannRow, String> part) {
        return rows.stream().map(part).collect(Collectors.joining(", "));
    }

    private static String met(List<FannRow> rows, Predicate<FannRow> target) {
        List<String> sets = rows.stream().filter(target).map(FannRow::dataSet).toList();
        String which = sets.isEmpty() ? "" : " (" + String.join(", ", sets) + ")";
        return sets.size() + " of " + rows.size() + " data sets" + which;
    }
}
