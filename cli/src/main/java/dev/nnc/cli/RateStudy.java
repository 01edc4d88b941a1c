package dev.nnc.cli;

import dev.nnc.runtime.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The same network trained once per learning rate ({@code --rate 0.1,0.5,2}): one JSON object with a
 * {@code "runs"} array, or a table with one row per rate.
 */
record RateStudy(String network, int epochs, List<TrainingRun> runs, Dataset train, Optional<Dataset> test,
                 String outputLayer) {

    /** The JSON object of one run: the full report, or the divergence with what was known. */
    static Map<String, Object> json(TrainingRun run, int epochs, Dataset train, Optional<Dataset> test,
                                    String outputLayer) {
        return run.hasDiverged() ? Divergence.json(run, epochs, train.size())
                : TrainingReport.of(run, train, test, epochs, outputLayer).toMap();
    }

    /** {@code {"network": ..., "epochs": ..., "runs": [...]}}, with an {@code "error"} if a run diverged. */
    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network);
        json.put("epochs", epochs);
        json.put("samples", train.size());
        List<Object> list = new ArrayList<>();
        for (TrainingRun run : runs) {
            list.add(json(run, epochs, train, test, outputLayer));
        }
        json.put("runs", list);
        firstDivergence().ifPresent(run -> json.put("error", error(run)));
        return Json.write(json);
    }

    /** The first run that diverged, if any. */
    Optional<TrainingRun> firstDivergence() {
        return runs.stream().filter(TrainingRun::hasDiverged).findFirst();
    }

    /** The error message for a run that diverged. */
    static String error(TrainingRun run) {
        return Divergence.message(run.diverged().orElseThrow(), run.rate());
    }

    /** One row per rate: final loss, and accuracies for classifications. */
    String toText() {
        List<String[]> rows = new ArrayList<>();
        boolean classification = false;
        boolean held = test.isPresent();
        List<TrainingReport> reports = new ArrayList<>();
        for (TrainingRun run : runs) {
            TrainingReport report = run.hasDiverged() ? null : TrainingReport.of(run, train, test, epochs, outputLayer);
            reports.add(report);
            classification |= report != null && report.accuracy().isPresent();
        }
        List<String> header = new ArrayList<>(List.of("rate", "final loss"));
        if (classification) {
            header.add("accuracy");
        }
        if (held) {
            header.add("test loss");
            if (classification) {
                header.add("test accuracy");
            }
        }
        rows.add(header.toArray(String[]::new));
        for (int r = 0; r < runs.size(); r++) {
            TrainingRun run = runs.get(r);
            TrainingReport report = reports.get(r);
            List<String> row = new ArrayList<>(List.of(Numbers.plain(run.rate())));
            if (report == null) {
                row.add(diverged(run));
            } else {
                row.add(Double.toString(report.finalLoss()));
                if (classification) {
                    row.add(percent(report.accuracy().orElse(Double.NaN)));
                }
                report.test().ifPresent(t -> row.add(Double.toString(t.loss())));
                if (held && classification) {
                    row.add(percent(report.test().orElseThrow().accuracy().orElse(Double.NaN)));
                }
            }
            rows.add(row.toArray(String[]::new));
        }
        return String.format(Locale.ROOT, "%s: %d epoch%s on %d sample%s at %d learning rates%n", network, epochs,
                epochs == 1 ? "" : "s", train.size(), train.size() == 1 ? "" : "s", runs.size()) + table(rows);
    }

    private static String diverged(TrainingRun run) {
        var d = run.diverged().orElseThrow();
        return "diverged at epoch " + d.epoch() + (d.sample() > 0 ? ", sample " + d.sample() : "");
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** Left-aligned columns, two spaces apart; a row shorter than the header runs on in its last cell. */
    static String table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            int aligned = row.length == columns ? columns : row.length - 1;
            for (int c = 0; c < aligned; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : String.format(Locale.ROOT, "%-" + width[c] + "s  ", row[c]));
            }
            s.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return s.toString();
    }
}
