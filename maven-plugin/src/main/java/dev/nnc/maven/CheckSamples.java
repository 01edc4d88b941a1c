package dev.nnc.maven;

import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Normalization;
import java.util.Optional;
import java.util.Random;

/**
 * The samples a generated verification test checks a network on, written into the test so it needs
 * no data file at test time: a few of the model's own samples, or synthetic ones when it has none.
 *
 * @param samples the samples
 * @param origin where they come from, for the test's Javadoc
 * @param normalization the input statistics the network is given first (those of all its training
 *     data, as the trainer would set them); empty when the network does not normalise its inputs
 */
record CheckSamples(Dataset samples, String origin, Optional<Normalization> normalization) {
    /** At most this many samples: the gradient check costs samples x parameters^2. */
    static final int MAX = 8;
    /** Synthetic samples for models without data. */
    static final int SYNTHETIC = 4;

    /** Up to {@link #MAX} samples of {@code data}, evenly spaced, or synthetic ones when empty. */
    static CheckSamples choose(Network model, Optional<Dataset> data, String dataName) {
        if (data.isEmpty() || data.get().size() == 0) {
            Dataset synthetic = synthetic(model);
            return new CheckSamples(synthetic, SYNTHETIC + " synthetic samples (the model has no data)",
                    statistics(model, synthetic));
        }
        Dataset all = data.get();
        int n = Math.min(MAX, all.size());
        double[][] inputs = new double[n][];
        double[][] targets = new double[n][];
        for (int i = 0; i < n; i++) {
            int s = (int) ((long) i * all.size() / n);
            inputs[i] = all.input(s);
            targets[i] = all.target(s);
        }
        String origin = n == all.size()
                ? "the model's " + dataName + " (" + plural(n, "sample") + ")"
                : n + " of the " + all.size() + " samples of the model's " + dataName + ", evenly spaced";
        return new CheckSamples(new Dataset(inputs, targets), origin, statistics(model, all));
    }

    /**
     * Inputs uniform in [-1, 1]; targets one-hot for a softmax output, else uniform in [0.1, 0.9]
     * (valid for every loss). Drawn from {@code new Random(0)}, so always the same.
     */
    private static Dataset synthetic(Network model) {
        Random random = new Random(0);
        int outputs = model.output().size();
        boolean oneHot = model.output().activation() == Activation.SOFTMAX;
        double[][] inputs = new double[SYNTHETIC][model.input().size()];
        double[][] targets = new double[SYNTHETIC][outputs];
        for (int s = 0; s < SYNTHETIC; s++) {
            for (int i = 0; i < inputs[s].length; i++) {
                inputs[s][i] = -1 + 2 * random.nextDouble();
            }
            if (oneHot) {
                targets[s][random.nextInt(outputs)] = 1.0;
            } else {
                for (int k = 0; k < outputs; k++) {
                    targets[s][k] = 0.1 + 0.8 * random.nextDouble();
                }
            }
        }
        return new Dataset(inputs, targets);
    }

    private static Optional<Normalization> statistics(Network model, Dataset data) {
        return model.input().normalize() ? Optional.of(Normalization.of(data, model.input().scaling()))
                : Optional.empty();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
