package dev.nnc.cli;

import dev.nnc.runtime.ClassificationMetrics;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.RegressionMetrics;
import dev.nnc.runtime.Trainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A trained network measured on labelled samples, for {@code nnc evaluate} and the test data of
 * {@code nnc train}: the mean loss, then classification metrics when the targets are classes
 * (binary or one-hot, as {@link Metrics} decides), else regression metrics.
 *
 * @param outputNames the output neurons' names ({@code o1}, {@code o2}), for regression
 */
record MetricsReport(int samples, double loss, Optional<ClassificationMetrics> classification,
                     Optional<RegressionMetrics> regression, List<String> outputNames) {
    MetricsReport {
        outputNames = List.copyOf(outputNames);
    }

    /** {@code net} measured on {@code data}; {@code outputLayer} names the outputs. */
    static MetricsReport of(Network net, Dataset data, String outputLayer) {
        List<String> outputs = new ArrayList<>();
        for (int k = 1; k <= net.outputCount(); k++) {
            outputs.add(outputLayer + k);
        }
        double loss = Trainer.meanLoss(net, data);
        if (Metrics.isClassification(data)) {
            return new MetricsReport(data.size(), loss, Optional.of(ClassificationMetrics.of(net, data,
                    ClassNames.of(net))), Optional.empty(), outputs);
        }
        return new MetricsReport(data.size(), loss, Optional.empty(), Optional.of(RegressionMetrics.of(net, data)),
                outputs);
    }

    /** The metrics as a JSON object: {@code samples}, {@code loss}, {@code task} and the task's metrics (docs/cli.md). */
    Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("samples", samples);
        json.put("loss", Json.number(loss));
        classification.ifPresent(c -> {
            json.put("task", "classification");
            json.put("accuracy", c.accuracy());
            json.put("classes", c.classNames());
            List<Object> perClass = new ArrayList<>();
            for (int k = 0; k < c.classes(); k++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("class", c.classNames().get(k));
                row.put("precision", c.precision()[k]);
                row.put("recall", c.recall()[k]);
                row.put("f1", c.f1()[k]);
                row.put("support", c.support()[k]);
                perClass.add(row);
            }
            json.put("per_class", perClass);
            Map<String, Object> macro = new LinkedHashMap<>();
            macro.put("precision", c.macroPrecision());
            macro.put("recall", c.macroRecall());
            macro.put("f1", c.macroF1());
            json.put("macro", macro);
            json.put("confusion", c.confusion());
        });
        regression.ifPresent(r -> {
            json.put("task", "regression");
            json.put("rmse", Json.number(r.meanRmse()));
            json.put("mae", Json.number(r.meanMae()));
            json.put("r2", Json.number(r.meanR2()));
            List<Object> perOutput = new ArrayList<>();
            for (int k = 0; k < r.outputs(); k++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("output", outputNames.get(k));
                row.put("rmse", Json.number(r.rmse()[k]));
                row.put("mae", Json.number(r.mae()[k]));
                row.put("r2", Json.number(r.r2()[k]));
                perOutput.add(row);
            }
            json.put("per_output", perOutput);
        });
        return json;
    }

    /** The whole report for people: loss, accuracy, the tables, the confusion matrix. */
    String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "  loss      %s%n", loss));
        classification.ifPresent(c -> s.append(String.format(Locale.ROOT, "  accuracy  %.2f%% (%d of %d)%n",
                100 * c.accuracy(), c.correct(), c.samples())));
        s.append(tables());
        classification.ifPresent(c -> s.append(confusionText(c)));
        return s.toString();
    }

    /**
     * Per class precision, recall, F1 and support, then their macro averages; or per output RMSE, MAE
     * and R², then their means when there are several outputs.
     */
    String tables() {
        StringBuilder s = new StringBuilder();
        classification.ifPresent(c -> {
            int width = Math.max("macro avg".length(), longest(c.classNames()));
            String row = "  %-" + width + "s %9s %9s %9s %8s%n";
            s.append(String.format(Locale.ROOT, row, "class", "precision", "recall", "f1", "support"));
            for (int k = 0; k < c.classes(); k++) {
                s.append(String.format(Locale.ROOT, row, c.classNames().get(k), fraction(c.precision()[k]),
                        fraction(c.recall()[k]), fraction(c.f1()[k]), c.support()[k]));
            }
            s.append(String.format(Locale.ROOT, row, "macro avg", fraction(c.macroPrecision()),
                    fraction(c.macroRecall()), fraction(c.macroF1()), c.samples()));
        });
        regression.ifPresent(r -> {
            int width = Math.max("output".length(), longest(outputNames));
            String row = "  %-" + width + "s %12s %12s %12s%n";
            s.append(String.format(Locale.ROOT, row, "output", "rmse", "mae", "r2"));
            for (int k = 0; k < r.outputs(); k++) {
                s.append(String.format(Locale.ROOT, row, outputNames.get(k), value(r.rmse()[k]), value(r.mae()[k]),
                        value(r.r2()[k])));
            }
            if (r.outputs() > 1) {
                s.append(String.format(Locale.ROOT, row, "mean", value(r.meanRmse()), value(r.meanMae()),
                        value(r.meanR2())));
            }
        });
        return s.toString();
    }

    /** The confusion matrix with the class names, true class down the side and predicted class across. */
    static String confusionText(ClassificationMetrics c) {
        return ConfusionTable.text(c.confusion(), c.classNames(),
                "confusion matrix (rows: true class, columns: predicted class)", 0);
    }

    private static int longest(List<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String fraction(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Six significant digits: errors may be tiny or large. */
    private static String value(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
