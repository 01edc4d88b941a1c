package dev.nnc.runtime;

import java.util.Arrays;
import java.util.Random;

/**
 * Trains any {@link Network} as the language specifies.
 *
 * <p>Each epoch visits every sample once, in batches of {@code plan.batch()} (the last may be
 * smaller); a batch of one is a call of {@link Network#train}, a larger one is
 * {@link Network#accumulate} per sample then one {@link Network#update}. Without a shuffle seed the
 * samples come in file order. With seed {@code S}, one {@code new Random(S)} is created
 * per training run, and at the start of every epoch the same index array (initially
 * {@code 0..n-1}, carried over from the previous epoch) is shuffled by Fisher-Yates:
 * {@code for i = n-1 down to 1: j = random.nextInt(i + 1); swap(order[i], order[j])}.
 *
 * <p>Training watches its numbers: the loss of every sample, and every parameter at the end of every
 * epoch. The first one that is NaN or infinite stops training with {@link TrainingDiverged}. The
 * per-sample check is a comparison, so the sample loop still allocates nothing.
 */
public final class Trainer {
    private Trainer() {
    }

    /** {@link #train(Network, Dataset, TrainingPlan, TrainingListener)} without a listener. */
    public static TrainingResult train(Network net, Dataset data, TrainingPlan plan) {
        return train(net, data, plan, TrainingListener.NONE);
    }

    /**
     * Trains {@code net} on {@code data}. When the network normalises its inputs, it is first given the
     * {@link Normalization} of {@code data} of its {@link Network#normalizationKind() kind}.
     *
     * @throws IllegalArgumentException when {@code data} is empty or its widths do not fit {@code net}
     * @throws TrainingDiverged when a sample's loss or, at the end of an epoch, a parameter is NaN or infinite
     */
    public static TrainingResult train(Network net, Dataset data, TrainingPlan plan, TrainingListener listener) {
        requireFits(net, data);
        if (net.normalizesInputs()) {
            Normalization stats = Normalization.of(data, net.normalizationKind());
            net.setInputNormalization(stats.mean(), stats.std());
        }
        double initialLoss = meanLoss(net, data);
        int n = data.size();
        int batch = plan.batch();
        double[] history = new double[plan.epochs()];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = plan.shuffleSeed().isPresent()
                ? new Random(plan.shuffleSeed().getAsLong()) : null;
        for (int epoch = 0; epoch < history.length; epoch++) {
            if (random != null) {
                shuffle(order, random);
            }
            double sum = 0.0;
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(start + batch, n);
                if (batch == 1) {
                    double loss = net.train(data.input(order[start]), data.target(order[start]));
                    if (!Double.isFinite(loss)) {
                        throw diverged(epoch, order[start], loss, initialLoss, history);
                    }
                    sum += loss;
                    continue;
                }
                for (int s = start; s < end; s++) {
                    double loss = net.accumulate(data.input(order[s]), data.target(order[s]));
                    if (!Double.isFinite(loss)) {
                        throw diverged(epoch, order[s], loss, initialLoss, history);
                    }
                    sum += loss;
                }
                net.update(end - start);
            }
            requireFiniteParameters(net, epoch, initialLoss, history);
            history[epoch] = sum / n;
            listener.epochEnded(epoch + 1, history[epoch]);
        }
        return new TrainingResult(initialLoss, meanLoss(net, data), history, plan.epochs(), n);
    }

    /** {@code epoch} and {@code sample} count from 0; the exception counts from 1. */
    private static TrainingDiverged diverged(int epoch, int sample, double loss, double initialLoss,
                                             double[] history) {
        return new TrainingDiverged(epoch + 1, sample + 1, "loss", loss, initialLoss, Arrays.copyOf(history, epoch));
    }

    /**
     * Catches what the losses cannot show: a parameter that only feeds a unit whose output ignores
     * it (a relu at -infinity), or the last update of training. One copy of the parameters per epoch.
     */
    private static void requireFiniteParameters(Network net, int epoch, double initialLoss, double[] history) {
        double[] parameters = net.parameters();
        for (int p = 0; p < parameters.length; p++) {
            if (!Double.isFinite(parameters[p])) {
                throw new TrainingDiverged(epoch + 1, 0, net.parameterNames()[p], parameters[p], initialLoss,
                        Arrays.copyOf(history, epoch));
            }
        }
    }

    /** The mean of {@code net.loss(x, t)} over {@code data}, summed in sample order. */
    public static double meanLoss(Network net, Dataset data) {
        double sum = 0.0;
        for (int s = 0; s < data.size(); s++) {
            sum += net.loss(data.input(s), data.target(s));
        }
        return sum / data.size();
    }

    /** Fisher-Yates, from the end: the exact sequence of {@code nextInt} calls is part of reproducibility. */
    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static void requireFits(Network net, Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no training samples");
        }
        if (data.inputWidth() != net.inputCount() || data.targetWidth() != net.outputCount()) {
            throw new IllegalArgumentException("data has " + data.inputWidth() + " inputs and " + data.targetWidth()
                    + " targets but " + net.name() + " has " + net.inputCount() + " and " + net.outputCount());
        }
    }
}
