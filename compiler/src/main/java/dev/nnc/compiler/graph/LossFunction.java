package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Loss;
import java.util.ArrayList;
import java.util.List;

/**
 * A loss as graph nodes: its value for one sample, and the gradient it feeds into the network
 * (the seeds of reverse mode). Sigmoid + bce and softmax + cross_entropy are fused: their gradient
 * enters at the net inputs in the simple form {@code (y - t) / n} and {@code y - t}, and their
 * values are computed in a form that cannot overflow.
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

    /** Whether the gradient enters at the output layer's net inputs rather than its outputs. */
    public boolean fused() {
        return (loss == Loss.BCE && outputActivation == Activation.SIGMOID)
                || (loss == Loss.CROSS_ENTROPY && outputActivation == Activation.SOFTMAX);
    }

    /** The loss of one sample. */
    public Node value(Graph g, LayerNodes output, List<Node> t) {
        List<Node> y = output.out();
        int n = y.size();
        List<Node> terms = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            terms.add(term(g, output, k, t.get(k)));
        }
        Node sum = g.sum(terms);
        switch (loss) {
            case MSE:
                return g.div(sum, g.constant(n));
            case BCE:
                return g.div(g.neg(sum), g.constant(n));
            case CROSS_ENTROPY:
                return g.neg(sum);
            default:
                return sum;
        }
    }

    private Node term(Graph g, LayerNodes output, int k, Node t) {
        Node y = output.out().get(k);
        switch (loss) {
            case HALF_SSE: {
                Node d = g.sub(t, y);
                return g.mul(g.mul(g.constant(0.5), d), d);
            }
            case SSE: {
                Node d = g.sub(t, y);
                return g.mul(d, d);
            }
            case MSE: {
                Node d = g.sub(y, t);
                return g.mul(d, d);
            }
            case BCE:
                return bceTerm(g, output, k, t);
            case CROSS_ENTROPY:
                return g.mul(t, logOutput(g, output, k));
            default:
                throw new IllegalStateException(loss.toString());
        }
    }

    /** t ln y + (1 - t) ln(1 - y); with a sigmoid output, ln y = -softplus(-net), ln(1-y) = -softplus(net). */
    private Node bceTerm(Graph g, LayerNodes output, int k, Node t) {
        Node y = output.out().get(k);
        Node logY;
        Node log1mY;
        if (outputActivation == Activation.SIGMOID) {
            Node net = output.net().get(k);
            logY = g.neg(g.softplus(g.neg(net)));
            log1mY = g.neg(g.softplus(net));
        } else {
            logY = g.log(y);
            log1mY = g.log(g.sub(g.constant(1.0), y));
        }
        return g.add(g.mul(t, logY), g.mul(g.sub(g.constant(1.0), t), log1mY));
    }

    /** ln y_k; for softmax, net_k - max - ln(sum), which cannot be ln 0. */
    private Node logOutput(Graph g, LayerNodes output, int k) {
        if (output.softmax().isPresent()) {
            LayerNodes.SoftmaxNodes s = output.softmax().get();
            return g.sub(g.sub(output.net().get(k), s.max()), g.log(s.sum()));
        }
        return g.log(output.out().get(k));
    }

    /** Where reverse mode starts: dL/dnet_k for the fused pairs, dL/dy_k otherwise. */
    public List<Seed> seeds(Graph g, LayerNodes output, List<Node> t) {
        List<Seed> seeds = new ArrayList<>();
        int n = output.out().size();
        for (int k = 0; k < n; k++) {
            Node y = output.out().get(k);
            Node diff = g.sub(y, t.get(k));
            if (fused()) {
                Node value = loss == Loss.BCE ? g.div(diff, g.constant(n)) : diff;
                seeds.add(new Seed(output.net().get(k), value));
            } else {
                seeds.add(new Seed(y, outputGradient(g, y, t.get(k), diff, n)));
            }
        }
        return seeds;
    }

    private Node outputGradient(Graph g, Node y, Node t, Node diff, int n) {
        switch (loss) {
            case HALF_SSE:
                return diff;
            case SSE:
                return g.mul(g.constant(2.0), diff);
            case MSE:
                return g.div(g.mul(g.constant(2.0), diff), g.constant(n));
            case BCE:
                return g.div(g.div(diff, g.mul(y, g.sub(g.constant(1.0), y))), g.constant(n));
            case CROSS_ENTROPY:
                return g.neg(g.div(t, y));
            default:
                throw new IllegalStateException(loss.toString());
        }
    }
}
