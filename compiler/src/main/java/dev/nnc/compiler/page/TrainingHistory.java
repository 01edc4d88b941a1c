package dev.nnc.compiler.page;

import java.util.List;

/**
 * A training run's course for the page: the mean training loss of each epoch and the values of a
 * few chosen weights before training (index 0) and after each epoch.
 */
public record TrainingHistory(List<Double> loss, List<String> weightNames, List<List<Double>> weights) {
    public TrainingHistory {
        loss = List.copyOf(loss);
        weightNames = List.copyOf(weightNames);
        weights = weights.stream().map(List::copyOf).toList();
        if (weights.size() != loss.size() + 1) {
            throw new IllegalArgumentException("weights before training and after each of " + loss.size()
                    + " epochs expected, got " + weights.size());
        }
    }

    public int epochs() {
        return loss.size();
    }
}
