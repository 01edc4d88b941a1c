package dev.nnc.cli;

import dev.nnc.runtime.ClassificationMetrics;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.TrainingResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a successful training run produced, as the JSON object of the CLI contract or as a human
 * summary: losses, parameters, outputs, and for classifications accuracy and confusion matrices.
 */
record TrainingReport(String network, double rate, int epochs, int samples, double initialLoss, double finalLoss,
                      double[] lossHistory, int historyEvery, Optional<double[]> testLossHistory, String[] names,
                      double[] parameters,
                      List<double[]> outputs, OptionalDouble accuracy, Optional<int[][]> confusion,
                      Optional<Evaluation> test, Optional<Validation> validation, Optional<Stopping> stopping,
                      List<String> classNames) {

    /** The validation samples' loss after every epoch and at the parameters kept. */
    record Validation(double[] lossHistory, double loss) {
    }

    /** Early stopping: the epoch whose parameters were kept, the epochs that ran and the epochs planned. */
    record Stopping(int bestEpoch, int stoppedEpoch, int plannedEpochs) {
    }

    /** The trained network measured on held-out data; {@code metrics} as {@code nnc evaluate} reports them. */
    record Evaluation(int samples, double loss, OptionalDouble accuracy, Optional<int[][]> confusion,
                      MetricsReport metrics) {
        static Evaluation of(Network net, Dataset data, String outputLayer) {
            MetricsReport metrics = MetricsReport.of(net, data, outputLayer);
            Optional<ClassificationMetrics> classification = metrics.classification();
            return new Evaluation(data.size(), metrics.loss(),
                    classification.map(c -> OptionalDouble.of(c.accuracy())).orElse(OptionalDouble.empty()),
                    classification.map(ClassificationMetrics::confusion), metrics);
        }
    }

    /** The report of {@code run}; {@code outputLayer} names the outputs in the test metrics. */
    static TrainingReport of(TrainingRun run, Dataset train, Optional<Dataset> test, int plannedEpochs,
                             String outputLayer) {
        Network net = run.net();
        TrainingResult result = run.result().orElseThrow();
        Optional<int[][]> confusion = confusionOf(net, train);
        List<double[]> outputs = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            double[] y = new double[net.outputCount()];
            net.predict(train.input(i), y);
            outputs.add(y);
        }
        return new TrainingReport(net.name(), run.rate(), result.epochs(), train.size(), result.initialLoss(),
                result.finalLoss(), result.lossHistory(), result.lossHistoryEvery(), run.testLossHistory(),
                net.parameterNames(), net.parameters(),
                outputs, accuracyOf(confusion), confusion,
                test.map(t -> Evaluation.of(net, t, outputLayer)),
                result.validationLoss().isPresent() ? Optional.of(new Validation(result.validationLossHistory(),
                        result.validationLoss().getAsDouble())) : Optional.empty(),
                result.bestEpoch().isPresent() ? Optional.of(new Stopping(result.bestEpoch().getAsInt(), result.epochs(),
                        plannedEpochs)) : Optional.empty(), train.classNames());
    }

    private static Optional<int[][]> confusionOf(Network net, Dataset data) {
        return Metrics.isClassification(data) ? Optional.of(Metrics.confusion(net, data)) : Optional.empty();
    }

    private static OptionalDouble accuracyOf(Optional<int[][]> confusion) {
        return confusion.map(c -> OptionalDouble.of(Metrics.accuracy(c))).orElse(OptionalDouble.empty());
    }

    /** The {@code train --json} object. */
    String toJson() {
        return Json.write(toMap());
    }

    /** The {@code train --json} object, as maps and lists for Jackson. */
    Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network);
        json.put("rate", rate);
        json.put("epochs", epochs);
        json.put("samples", samples);
        json.put("initial_loss", Json.number(initialLoss));
        json.put("final_loss", Json.number(finalLoss));
        json.put("loss_history", Json.numbers(lossHistory));
        Json.putEvery(json, historyEvery);
        testLossHistory.ifPresent(h -> json.put("test_loss_history", Json.numbers(h)));
        validation.ifPresent(v -> {
            json.put("validation_loss_history", Json.numbers(v.lossHistory()));
            json.put("validation_loss", Json.number(v.loss()));
        });
        stopping.ifPresent(s -> {
            json.put("best_epoch", s.bestEpoch());
            json.put("stopped_epoch", s.stoppedEpoch());
        });
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            params.put(names[i], Json.number(parameters[i]));
        }
        json.put("parameters", params);
        List<Object> outs = new ArrayList<>();
        for (double[] y : outputs) {
            outs.add(Json.numbers(y));
        }
        json.put("outputs", outs);
        accuracy.ifPresent(a -> json.put("accuracy", a));
        if (!classNames.isEmpty()) {
            json.put("classes", classNames);
        }
        confusion.ifPresent(c -> json.put("confusion", c));
        test.ifPresent(t -> {
            json.put("test_samples", t.samples());
            json.put("test_loss", Json.number(t.loss()));
            t.accuracy().ifPresent(a -> json.put("test_accuracy", a));
            t.confusion().ifPresent(c -> json.put("test_confusion", c));
            json.put("test_metrics", t.metrics().toMap());
        });
        return json;
    }

    /** The human summary. */
    String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %d epoch%s on %d sample%s%n", network, epochs, epochs == 1 ? "" : "s", samples,
                samples == 1 ? "" : "s"));
        stopping.ifPresent(stop -> s.append(stop.stoppedEpoch() < stop.plannedEpochs()
                ? String.format(Locale.ROOT, "  stopped early after epoch %d of %d: no improvement for the patience given;"
                        + " kept epoch %d%n", stop.stoppedEpoch(), stop.plannedEpochs(), stop.bestEpoch())
                : String.format(Locale.ROOT, "  ran all %d epochs; kept epoch %d, the best%n", stop.stoppedEpoch(),
                        stop.bestEpoch())));
        s.append(String.format(Locale.ROOT, "  loss      %s -> %s%n", initialLoss, finalLoss));
        validation.ifPresent(v -> s.append(String.format(Locale.ROOT, "  validation loss %s%n", v.loss())));
        accuracy.ifPresent(a -> s.append(String.format(Locale.ROOT, "  accuracy  %.2f%% (training data)%n", 100 * a)));
        test.ifPresent(t -> {
            s.append(String.format(Locale.ROOT, "  test loss %s%n", t.loss()));
            t.accuracy().ifPresent(a -> s.append(String.format(Locale.ROOT, "  test accuracy %.2f%% (%d held-out samples)%n",
                    100 * a, t.samples())));
        });
        Optional<int[][]> shown = test.flatMap(Evaluation::confusion).or(() -> confusion);
        shown.ifPresent(c -> s.append(confusionText(c, test.isPresent() ? "test data" : "training data", classNames)));
        test.ifPresent(t -> s.append("  metrics, test data").append(System.lineSeparator()).append(t.metrics().tables()));
        if (names.length <= 24) {
            for (int i = 0; i < names.length; i++) {
                s.append(String.format(Locale.ROOT, "  %-4s = %s%n", names[i], parameters[i]));
            }
        } else {
            s.append(String.format(Locale.ROOT, "  %d parameters (use --json or --save to see them)%n", names.length));
        }
        return s.toString();
    }

    /** A confusion matrix with the true class down the side and the predicted class across, by number. */
    static String confusionText(int[][] counts, String data) {
        return confusionText(counts, data, List.of());
    }

    /**
     * A confusion matrix with the true class down the side and the predicted class across, named by
     * {@code classNames} (by number when empty): names of numbers stay right-aligned, as before.
     */
    static String confusionText(int[][] counts, String data, List<String> classNames) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            names.add(c < classNames.size() ? classNames.get(c) : Integer.toString(c));
        }
        return ConfusionTable.text(counts, names, "confusion matrix, " + data
                + " (rows: true class, columns: predicted class)", 4);
    }
}
