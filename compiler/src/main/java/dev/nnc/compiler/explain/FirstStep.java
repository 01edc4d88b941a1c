package dev.nnc.compiler.explain;

import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.GraphInterpreter;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Normalization;
import java.util.Optional;

/**
 * The numbers of the first training step: every node's value on the first sample at the initial
 * parameters (from the graph interpreter, so the derivation shows what the compiler derived), the
 * mean gradient of the first batch, and the parameters and loss after one update made by the
 * generated class itself.
 */
final class FirstStep {
    private final Backward backward;
    private final Dataset data;
    private final Optional<Normalization> stats;
    private final double[] params;
    private final double[] values;
    private final int batch;
    private final double[] meanGradient;
    private final double batchLossBefore;
    private final double[] after;
    private final double lossAfter;
    private final double batchLossAfter;
    private final double[] outputsAfter;

    private FirstStep(Backward backward, Dataset data, dev.nnc.runtime.Network generated) {
        Network model = backward.forward().network();
        this.backward = backward;
        this.data = data;
        this.stats = model.input().normalize() ? Optional.of(Normalization.of(data, model.input().scaling()))
                : Optional.empty();
        this.params = initialParameters(model);
        this.batch = Math.min(model.training().batch(), data.size());
        this.values = evaluate(0);
        this.meanGradient = new double[params.length];
        double lossSum = 0;
        for (int s = 0; s < batch; s++) {
            double[] v = s == 0 ? values : evaluate(s);
            lossSum += v[backward.forward().loss().id()];
            for (int p = 0; p < params.length; p++) {
                meanGradient[p] += backward.parameterGradients().get(p).map(n -> v[n.id()]).orElse(0.0);
            }
        }
        double decay = model.optimizer().weightDecay();
        for (int p = 0; p < params.length; p++) {
            meanGradient[p] /= batch;
            if (decay != 0 && p < model.weightCount()) {
                meanGradient[p] += decay * params[p];
            }
        }
        this.batchLossBefore = lossSum / batch;
        stats.ifPresent(n -> generated.setInputNormalization(n.mean(), n.std()));
        for (int s = 0; s < batch; s++) {
            generated.accumulate(data.input(s), data.target(s));
        }
        generated.update(batch);
        this.after = generated.parameters();
        this.lossAfter = generated.loss(data.input(0), data.target(0));
        this.outputsAfter = new double[model.output().size()];
        generated.predict(data.input(0), outputsAfter);
        double afterSum = 0;
        for (int s = 0; s < batch; s++) {
            afterSum += generated.loss(data.input(s), data.target(s));
        }
        this.batchLossAfter = afterSum / batch;
    }

    /**
     * Takes the first step of {@code backward}'s network on {@code data} (not empty), using
     * {@code generated}, a fresh instance of the network's generated class, for the update.
     */
    static FirstStep take(Backward backward, Dataset data, dev.nnc.runtime.Network generated) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no samples to explain the gradient on");
        }
        return new FirstStep(backward, data, generated);
    }

    private static double[] initialParameters(Network model) {
        double[] p = new double[model.weightCount() + model.biasCount()];
        int w = 0;
        int b = model.weightCount();
        for (Layer layer : model.layers()) {
            for (double v : layer.weights()) {
                p[w++] = v;
            }
            for (double v : layer.bias().initial()) {
                p[b++] = v;
            }
        }
        return p;
    }

    private double[] evaluate(int sample) {
        return GraphInterpreter.evaluate(backward.graph(), input(sample), data.target(sample), params);
    }

    /** Sample {@code s}'s inputs as the network sees them: standardised when it normalizes. */
    double[] input(int s) {
        double[] x = data.input(s).clone();
        stats.ifPresent(n -> {
            for (int i = 0; i < x.length; i++) {
                double std = n.std()[i] == 0 ? 1.0 : n.std()[i];
                x[i] = (x[i] - n.mean()[i]) / std;
            }
        });
        return x;
    }

    Backward backward() {
        return backward;
    }

    Dataset data() {
        return data;
    }

    Optional<Normalization> normalization() {
        return stats;
    }

    /** How many samples the first update averages over. */
    int batch() {
        return batch;
    }

    /** A node's value on the first sample at the initial parameters. */
    double value(Node node) {
        return values[node.id()];
    }

    /** dE/dnode on the first sample (0 when the gradient does not pass through it). */
    double adjoint(Node node) {
        return backward.adjoint(node).map(this::value).orElse(0.0);
    }

    /** Parameter {@code p}'s initial value. */
    double param(int p) {
        return params[p];
    }

    int parameterCount() {
        return params.length;
    }

    boolean trainable(int p) {
        return backward.parameterGradients().get(p).isPresent();
    }

    /** dE/dp on the first sample (0 for frozen parameters). */
    double gradient(int p) {
        return backward.parameterGradients().get(p).map(this::value).orElse(0.0);
    }

    /** The mean of dE/dp over the first batch: what the optimizer is given. */
    double meanGradient(int p) {
        return meanGradient[p];
    }

    /** Parameter {@code p} after the first update, as the generated class computed it. */
    double after(int p) {
        return after[p];
    }

    /** The first sample's loss at the initial parameters. */
    double lossBefore() {
        return value(backward.forward().loss());
    }

    /** The first sample's loss after the update. */
    double lossAfter() {
        return lossAfter;
    }

    /** The mean loss of the first batch before the update. */
    double batchLossBefore() {
        return batchLossBefore;
    }

    /** The mean loss of the first batch after the update. */
    double batchLossAfter() {
        return batchLossAfter;
    }

    /** The network's outputs for the first sample after the update. */
    double outputAfter(int k) {
        return outputsAfter[k];
    }
}
