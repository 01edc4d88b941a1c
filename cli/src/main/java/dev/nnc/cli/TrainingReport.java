package dev.nnc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** What a training run produced, as the JSON object of the CLI contract or as a human summary. */
record TrainingReport(String network, int epochs, int samples, double initialLoss, double finalLoss,
                      double[] lossHistory, String[] names, double[] parameters, List<double[]> outputs,
                      OptionalDouble accuracy, OptionalDouble testLoss, OptionalDouble testAccuracy) {

    static TrainingReport of(Network net, TrainingResult result, Dataset train, Optional<Dataset> test) {
        List<double[]> outputs = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            double[] y = new double[net.outputCount()];
            net.predict(train.input(i), y);
            outputs.add(y);
        }
        return new TrainingReport(net.name(), result.epochs(), train.size(), result.initialLoss(), result.finalLoss(),
                result.lossHistory(), net.parameterNames(), net.parameters(), outputs, Metrics.accuracy(net, train),
                test.map(t -> OptionalDouble.of(Trainer.meanLoss(net, t))).orElse(OptionalDouble.empty()),
                test.map(t -> Metrics.accuracy(net, t)).orElse(OptionalDouble.empty()));
    }

    /** The {@code train --json} object. */
    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network);
        json.put("epochs", epochs);
        json.put("samples", samples);
        json.put("initial_loss", number(initialLoss));
        json.put("final_loss", number(finalLoss));
        List<Object> history = new ArrayList<>();
        for (double loss : lossHistory) {
            history.add(number(loss));
        }
        json.put("loss_history", history);
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            params.put(names[i], number(parameters[i]));
        }
        json.put("parameters", params);
        List<List<Object>> outs = new ArrayList<>();
        for (double[] y : outputs) {
            List<Object> row = new ArrayList<>();
            for (double v : y) {
                row.add(number(v));
            }
            outs.add(row);
        }
        json.put("outputs", outs);
        accuracy.ifPresent(a -> json.put("accuracy", a));
        testLoss.ifPresent(l -> json.put("test_loss", number(l)));
        testAccuracy.ifPresent(a -> json.put("test_accuracy", a));
        try {
            return new ObjectMapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON has no NaN or infinity: such values are written as null. */
    private static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The human summary. */
    String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%s: %d epoch%s on %d sample%s%n", network, epochs, epochs == 1 ? "" : "s", samples,
                samples == 1 ? "" : "s"));
        s.append(String.format("  loss      %s -> %s%n", initialLoss, finalLoss));
        accuracy.ifPresent(a -> s.append(String.format("  accuracy  %.2f%% (training data)%n", 100 * a)));
        testLoss.ifPresent(l -> s.append(String.format("  test loss %s%n", l)));
        testAccuracy.ifPresent(a -> s.append(String.format("  test accuracy %.2f%%%n", 100 * a)));
        if (names.length <= 24) {
            for (int i = 0; i < names.length; i++) {
                s.append(String.format("  %-4s = %s%n", names[i], parameters[i]));
            }
        } else {
            s.append(String.format("  %d parameters (use --json to see them)%n", names.length));
        }
        return s.toString();
    }
}
