package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loss as graph nodes, defined once per output: its term for one sample, the scaling of their
 * sum, and the gradient it feeds into the network (the seeds of reverse mode). The unrolled
 * equations build it over the whole output layer; a loop output layer writes the same per-output
 * expressions with array elements as leaves. Sigmoid + bce and softmax + cross_entropy are fused:
 * their gradient enters at the net inputs in the simple form {@code (y - t) / n} and {@code y - t},
 * and their values are computed in a form that cannot overflow.
 */
public final class LossFunction {
    private final Loss loss;
    private final Activation outputActivation;

    private LossFunction(Loss loss, Activation outputActivation) {
        this.loss = loss;
        this.outputActivation = outputActivation;
    }

    public static LossFunction of(Network network) {
        return new LossFunction(network.loss(), network.output().activation());
    }

    /** A node whose adjoint starts at {@code value}. */
    public record Seed(Node node, Node value) {
    }

    /**
     * What one output's loss term reads: its output and net input and, for softmax, the layer's
     * stabilising maximum and sum of exponentials.
     */
    public record Output(Node y, Node net, Optional<Node> max, Optional<Node> sum) {
    }

    /** Whether the gradient enters at the output layer's net inputs rather than its outputs. */
    public boolean fused() {
        return (loss == Loss.BCE && outputActivation == Activation.SIGMOID)
                || (loss == Loss.CROSS_ENTROPY && outputActivation == Activation.SOFTMAX);
    }

    /** The loss of one sample. */
    public Node value(Graph g, LayerNodes output, List<Node> t) {
        List<Node> terms = new ArrayList<>();
        for (int k = 0; k < output.out().size(); k++) {
            terms.add(term(g, output(output, k), t.get(k)));
        }
        return total(g, g.sum(terms), output.out().size());
    }

    /** Output {@code k} of {@code layer} as its loss term reads it. */
    public static Output output(LayerNodes layer, int k) {
        return new Output(layer.out().get(k), layer.net().get(k), layer.softmax().map(LayerNodes.SoftmaxNodes::max),
                layer.softmax().map(LayerNodes.SoftmaxNodes::sum));
    }

    /** The loss from the sum of the {@code n} outputs' terms. */
    public Node total(Graph g, Node sum, int n) {
        return switch (loss) {
            case MSE -> g.div(sum, g.constant(n));
            case BCE -> g.div(g.neg(sum), g.constant(n));
            case CROSS_ENTROPY -> g.neg(sum);
            case HALF_SSE, SSE -> sum;
        };
    }

    /** One output's term, before {@link #total}. */
    public Node term(Graph g, Output out, Node t) {
        Node y = out.y();
        return switch (loss) {
            case HALF_SSE -> g.mul(g.mul(g.constant(0.5), g.sub(t, y)), g.sub(t, y));
            case SSE -> g.mul(g.sub(t, y), g.sub(t, y));
            case MSE -> g.mul(g.sub(y, t), g.sub(y, t));
            case BCE -> bceTerm(g, out, t);
            case CROSS_ENTROPY -> g.mul(t, logOutput(g, out));
        };
    }

    /** t ln y + (1 - t) ln(1 - y); with a sigmoid output, ln y = -softplus(-net), ln(1-y) = -softplus(net). */
    private Node bceTerm(Graph g, Output out, Node t) {
        Node logY;
        Node log1mY;
        if (outputActivation == Activation.SIGMOID) {
            logY = g.neg(g.softplus(g.neg(out.net())));
            log1mY = g.neg(g.softplus(out.net()));
        } else {
            logY = g.log(out.y());
            log1mY = g.log(g.sub(g.constant(1.0), out.y()));
        }
        return g.add(g.mul(t, logY), g.mul(g.sub(g.constant(1.0), t), log1mY));
    }

    /** ln y_k; for softmax, net_k - max - ln(sum), which cannot be ln 0. */
    private static Node logOutput(Graph g, Output out) {
        if (out.max().isPresent() && out.sum().isPresent()) {
            return g.sub(g.sub(out.net(), out.max().get()), g.log(out.sum().get()));
        }
        return g.log(out.y());
    }

    /** Where reverse mode starts: dL/dnet_k for the fused pairs, dL/dy_k otherwise. */
    public List<Seed> seeds(Graph g, LayerNodes output, List<Node> t) {
        List<Seed> seeds = new ArrayList<>();
        int n = output.out().size();
        for (int k = 0; k < n; k++) {
            Output out = output(output, k);
            seeds.add(new Seed(fused() ? out.net() : out.y(), seed(g, out.y(), t.get(k), n)));
        }
        return seeds;
    }

    /**
     * The seed of one output of {@code n}: dL/dnet for the fused pairs, dL/dy otherwise, from its
     * output {@code y} and target {@code t}.
     */
    public Node seed(Graph g, Node y, Node t, int n) {
        Node diff = g.sub(y, t);
        if (fused()) {
            return loss == Loss.BCE ? g.div(diff, g.constant(n)) : diff;
        }
        return switch (loss) {
            case HALF_SSE -> diff;
            case SSE -> g.mul(g.constant(2.0), diff);
            case MSE -> g.div(g.mul(g.constant(2.0), diff), g.constant(n));
            case BCE -> g.div(g.div(diff, g.mul(y, g.sub(g.constant(1.0), y))), g.constant(n));
            case CROSS_ENTROPY -> g.neg(g.div(t, y));
        };
    }
}
