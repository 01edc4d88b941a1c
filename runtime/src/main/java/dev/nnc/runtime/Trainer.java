package dev.nnc.runtime;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
 * <p>Training watches its numbers. The loss of every sample is compared as it comes: the first that is
 * NaN or infinite stops training with {@link TrainingDiverged} at that epoch and sample. Every parameter
 * is checked at the end of an epoch only when it is needed: at the end of the last epoch that runs (the
 * planned last one, or the one early stopping stops after), at the end of every
 * {@value #PARAMETER_CHECK_EVERY}th epoch, and at the end of an epoch whose mean loss is not finite. A
 * non-finite parameter found there stops training "by the end of" that epoch, with that parameter's
 * name; it may have become non-finite in an earlier epoch that was not checked, but one that feeds the
 * loss makes the next sample's loss NaN first, so only a parameter the loss ignores (one feeding a relu
 * that stays below zero) or the last update of training waits for a check. The per-sample check is a
 * comparison and the parameter check a copy of the parameters ({@link Network#parameters()}) every
 * {@value #PARAMETER_CHECK_EVERY} epochs, so the epoch loop allocates nothing; the loss histories
 * take constant memory however many epochs run ({@link LossHistory}).
 */
public final class Trainer {
    /** Every parameter is checked at the end of every this many epochs (and at the end of training). */
    static final int PARAMETER_CHECK_EVERY = 1000;

    private Trainer() {
    }

    /** {@link #train(Network, Dataset, TrainingPlan, TrainingListener)} without a listener. */
    public static TrainingResult train(Network net, Dataset data, TrainingPlan plan) {
        return train(net, data, plan, TrainingListener.NONE);
    }

    /** {@link #train(Network, Dataset, Optional, TrainingPlan, TrainingListener)} without validation data. */
    public static TrainingResult train(Network net, Dataset data, TrainingPlan plan, TrainingListener listener) {
        return train(net, data, Optional.empty(), plan, listener);
    }

    /**
     * Trains {@code net} on {@code data}. When the network normalises its inputs, it is first given the
     * {@link Normalization} of {@code data} of its {@link Network#normalizationKind() kind}.
     *
     * <p>Each epoch {@code e} (from 0) trains at the plan's {@link Schedule} rate for {@code e}, from
     * the network's rate when training starts (a constant schedule leaves the rate alone). After each
     * epoch the mean loss over {@code validation} is measured. With early stopping
     * ({@link TrainingPlan#patience()}), the watched loss is that validation loss, or the mean loss
     * over {@code data} at the epoch's end without validation data; an epoch improves on the best so
     * far when its loss is below {@code best - minDelta}; after {@code patience} epochs in a row
     * without improvement training stops, and in any case the best epoch's parameters are restored.
     *
     * @throws IllegalArgumentException when {@code data} is empty or its widths (or the validation data's) do not fit {@code net}
     * @throws TrainingDiverged when a sample's loss, or a parameter where the class comment says it is
     *     checked, is NaN or infinite
     */
    public static TrainingResult train(Network net, Dataset data, Optional<Dataset> validation, TrainingPlan plan,
                                       TrainingListener listener) {
        requireFits(net, data, validation);
        if (net.normalizesInputs()) {
            Normalization stats = Normalization.of(data, net.normalizationKind());
            net.setInputNormalization(stats.mean(), stats.std());
        }
        return run(net, data, validation, plan, listener);
    }

    /** {@link #resume(Network, Dataset, Optional, TrainingPlan, TrainingListener)} without validation data. */
    public static TrainingResult resume(Network net, Dataset data, TrainingPlan plan, TrainingListener listener) {
        return resume(net, data, Optional.empty(), plan, listener);
    }

    /**
     * Continues training {@code net} from its current parameters, e.g. loaded by {@link Weights#load}
     * (fine-tuning, or resuming a run): as {@link #train(Network, Dataset, Optional, TrainingPlan, TrainingListener)},
     * but the input normalisation is kept as it is instead of being computed from {@code data}, so the
     * network sees its inputs scaled as when those parameters were trained. The optimizer's state
     * (momentum, adam's moments and step count) is not part of a weights file: it starts as the network
     * has it, fresh for a new instance.
     *
     * @throws IllegalArgumentException when {@code data} is empty or its widths (or the validation data's) do not fit {@code net}
     * @throws TrainingDiverged when a sample's loss, or a parameter where the class comment says it is
     *     checked, is NaN or infinite
     */
    public static TrainingResult resume(Network net, Dataset data, Optional<Dataset> validation, TrainingPlan plan,
                                        TrainingListener listener) {
        requireFits(net, data, validation);
        return run(net, data, validation, plan, listener);
    }

    private static TrainingResult run(Network net, Dataset data, Optional<Dataset> validation, TrainingPlan plan,
                                      TrainingListener listener) {
        double initialLoss = meanLoss(net, data);
        int n = data.size();
        int batch = plan.batch();
        LossHistory history = new LossHistory(plan.epochs());
        LossHistory validationHistory = new LossHistory(validation.isPresent() ? plan.epochs() : 0);
        EarlyStopping stopping = new EarlyStopping(plan);
        double rate = net.rate();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = plan.shuffleSeed().isPresent()
                ? new Random(plan.shuffleSeed().getAsLong()) : null;
        int epochs = 0;
        while (epochs < plan.epochs() && !stopping.stopped()) {
            int epoch = epochs;
            if (plan.schedule().kind() != Schedule.Kind.CONSTANT) {
                net.setRate(plan.schedule().rate(rate, epoch, plan.epochs()));
            }
            if (random != null) {
                shuffle(order, random);
            }
            double sum = 0.0;
            for (int start = 0; start < n; start += batch) {
                int end = (int) Math.min((long) start + batch, n);
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
                if (end == n) {
                    break;
                }
            }
            double loss = sum / n;
            history.add(loss);
            epochs++;
            double watched;
            if (validation.isPresent()) {
                watched = meanLoss(net, validation.get());
                validationHistory.add(watched);
                listener.validated(epochs, watched);
            } else {
                watched = plan.stopsEarly() ? meanLoss(net, data) : Double.NaN;
            }
            stopping.epochEnded(net, epochs, watched);
            if (epochs % PARAMETER_CHECK_EVERY == 0 || epochs == plan.epochs() || stopping.stopped()
                    || !Double.isFinite(loss)) {
                requireFiniteParameters(net, epoch, initialLoss, history);
            }
            listener.epochEnded(epochs, loss);
        }
        stopping.restoreBest(net);
        OptionalDouble validationLoss = validation.isPresent()
                ? OptionalDouble.of(meanLoss(net, validation.get())) : OptionalDouble.empty();
        return new TrainingResult(initialLoss, meanLoss(net, data), history.values(), epochs, n,
                validationHistory.values(), validationLoss,
                plan.stopsEarly() ? OptionalInt.of(stopping.bestEpoch()) : OptionalInt.empty(), history.every());
    }

    /** {@code epoch} and {@code sample} count from 0; the exception counts from 1. */
    private static TrainingDiverged diverged(int epoch, int sample, double loss, double initialLoss,
                                             LossHistory history) {
        return new TrainingDiverged(epoch + 1, sample + 1, "loss", loss, initialLoss, history.values(),
                history.every());
    }

    /**
     * Catches what the losses cannot show: a parameter that only feeds a unit whose output ignores
     * it (a relu at -infinity), or the last update of training. One copy of the parameters per call
     * ({@link Network} has no allocation-free read), called only where the class comment says; the
     * epoch it reports is {@code epoch} (from 0), whose loss is left out of the history as the epoch
     * did not complete cleanly.
     */
    private static void requireFiniteParameters(Network net, int epoch, double initialLoss, LossHistory history) {
        double[] parameters = net.parameters();
        for (int p = 0; p < parameters.length; p++) {
            if (!Double.isFinite(parameters[p])) {
                throw new TrainingDiverged(epoch + 1, 0, net.parameterNames()[p], parameters[p], initialLoss,
                        history.valuesBefore(epoch + 1), history.every());
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

    private static void requireFits(Network net, Dataset data, Optional<Dataset> validation) {
        requireFits(net, data);
        validation.ifPresent(v -> requireFits(net, v));
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
