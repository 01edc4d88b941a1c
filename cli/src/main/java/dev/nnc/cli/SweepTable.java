package dev.nnc.cli;

import dev.nnc.cli.sweep.SweepGrid;
import dev.nnc.cli.sweep.SweepScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of a sweep: one row per combination, the best first. For a classification the rows are
 * sorted by validation accuracy (highest first), then validation loss (lowest first); otherwise by
 * validation loss; ties keep the grid's order, and runs that diverged come last. With folds, a row's
 * numbers are over all its folds' validation samples: the samples classified correctly out of all,
 * and the mean loss per sample.
 */
record SweepTable(String network, String validation, List<String> settings, List<Row> rows, boolean classification) {

    /** One combination and what it scored. */
    record Row(int combination, Map<String, String> settings, double loss, double accuracy, int diverged) {
        boolean hasDiverged() {
            return diverged > 0;
        }
    }

    /** The rows of {@code combinations} from the scores of all their jobs, sorted. */
    static SweepTable of(String network, String validation, SweepGrid grid, List<Map<String, String>> combinations,
                         List<SweepScore> scores) {
        List<Row> rows = new ArrayList<>();
        boolean classification = scores.stream().anyMatch(SweepScore::classifies);
        for (int c = 0; c < combinations.size(); c++) {
            int combination = c;
            List<SweepScore> mine = scores.stream().filter(s -> s.combination() == combination).toList();
            int diverged = mine.stream().filter(SweepScore::hasDiverged).mapToInt(SweepScore::diverged).findFirst()
                    .orElse(0);
            int samples = mine.stream().mapToInt(SweepScore::samples).sum();
            double loss = diverged > 0 ? Double.NaN
                    : mine.stream().mapToDouble(s -> s.loss() * s.samples()).sum() / samples;
            double accuracy = diverged > 0 || !classification ? Double.NaN
                    : (double) mine.stream().mapToInt(SweepScore::correct).sum() / samples;
            rows.add(new Row(c, combinations.get(c), loss, accuracy, diverged));
        }
        Comparator<Row> order = Comparator.comparing(Row::hasDiverged);
        if (classification) {
            order = order.thenComparing(Row::accuracy, Comparator.reverseOrder());
        }
        order = order.thenComparingDouble(Row::loss).thenComparingInt(Row::combination);
        rows.sort(order);
        List<String> names = grid.axes().stream().map(SweepGrid.Axis::name).toList();
        return new SweepTable(network, validation, names, rows, classification);
    }

    /** The best row, unless every run diverged. */
    java.util.Optional<Row> best() {
        return rows.isEmpty() || rows.get(0).hasDiverged() ? java.util.Optional.empty()
                : java.util.Optional.of(rows.get(0));
    }

    /** The metric the rows are sorted by. */
    String metric() {
        return classification ? "accuracy" : "loss";
    }

    String toText() {
        List<String[]> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank"));
        header.addAll(settings);
        if (classification) {
            header.add("accuracy");
        }
        header.add("loss");
        lines.add(header.toArray(String[]::new));
        int rank = 0;
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(Integer.toString(++rank)));
            settings.forEach(name -> line.add(row.settings().get(name)));
            if (row.hasDiverged()) {
                line.add("diverged at epoch " + row.diverged());
            } else {
                if (classification) {
                    line.add(String.format(Locale.ROOT, "%.2f%%", 100 * row.accuracy()));
                }
                line.add(Double.toString(row.loss()));
            }
            lines.add(line.toArray(String[]::new));
        }
        return String.format(Locale.ROOT, "%s: %d combination%s, validated on %s, best %s first%n", network,
                rows.size(), rows.size() == 1 ? "" : "s", validation, metric()) + RateStudy.table(lines);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network);
        json.put("validation", validation);
        json.put("metric", metric());
        List<Object> list = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            Map<String, Object> values = new LinkedHashMap<>();
            row.settings().forEach((name, value) -> values.put(name, number(value)));
            item.put("settings", values);
            if (row.hasDiverged()) {
                item.put("diverged_epoch", row.diverged());
            } else {
                if (classification) {
                    item.put("accuracy", Json.number(row.accuracy()));
                }
                item.put("loss", Json.number(row.loss()));
            }
            list.add(item);
        }
        json.put("rows", list);
        return Json.write(json);
    }

    /** A setting's value as a JSON number: whole numbers as integers. */
    private static Object number(String text) {
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return Double.parseDouble(text);
        }
    }
}
