package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reverse-mode differentiation at compile time. Starting from the loss's seeds it walks the
 * forward nodes backwards, each node passing its adjoint to its arguments through its local
 * derivative; where a value fans out, the contributions are added (in the order of the nodes
 * that consumed it, so a hidden neuron's sum runs over the outputs in order). Derivatives are
 * built as new interned nodes, never by expanding trees, so shared terms stay shared.
 */
public final class Differentiator {
    private final Forward forward;
    private final Graph g;
    private final boolean[] needsGradient;
    private final Map<Node, List<Contribution>> contributions = new HashMap<>();
    private final Map<Node, Activated> activated;

    private record Contribution(int consumer, Node value) {
    }

    /** A neuron's output {@code function(net)}, whose derivative its activation defines. */
    private record Activated(Node net, ActivationFunction function, double a) {
    }

    private Differentiator(Forward forward) {
        this.forward = forward;
        this.g = forward.graph();
        this.needsGradient = markNeedsGradient(forward, trainable(forward.network()));
        this.activated = activatedOutputs(forward);
    }

    /** Each element-wise neuron's output, mapped to its net input and activation. */
    private static Map<Node, Activated> activatedOutputs(Forward forward) {
        Map<Node, Activated> map = new HashMap<>();
        for (LayerNodes layer : forward.layers()) {
            ActivationFunction.of(layer.layer().activation()).ifPresent(f -> {
                for (int j = 0; j < layer.out().size(); j++) {
                    if (!layer.out().get(j).equals(layer.net().get(j))) {
                        map.put(layer.out().get(j), new Activated(layer.net().get(j), f, layer.layer().alpha()));
                    }
                }
            });
        }
        return map;
    }

    /** The gradient of the forward graph's loss with respect to every trainable parameter. */
    public static Backward differentiate(Forward forward) {
        return new Differentiator(forward).run();
    }

    /** Which parameters training changes: every weight, and biases that are not frozen. */
    public static boolean[] trainable(Network network) {
        boolean[] trainable = new boolean[network.weightCount() + network.biasCount()];
        java.util.Arrays.fill(trainable, 0, network.weightCount(), true);
        int index = network.weightCount();
        for (Layer layer : network.layers()) {
            for (int b = 0; b < layer.bias().initial().size(); b++) {
                trainable[index++] = !layer.bias().frozen();
            }
        }
        return trainable;
    }

    /**
     * Which nodes the gradient flows to: trainable parameters and what depends on them, and the
     * inputs of a run that starts after a loop layer (that layer needs their adjoints).
     */
    private static boolean[] markNeedsGradient(Forward forward, boolean[] trainable) {
        List<Node> nodes = forward.graph().nodes();
        boolean[] needs = new boolean[nodes.size()];
        boolean inputs = !forward.startsAtInputs();
        for (Node n : nodes) {
            if (n.op() == Op.PARAM) {
                needs[n.id()] = trainable[n.index()];
            } else if (n.op() == Op.INPUT) {
                needs[n.id()] = inputs;
            } else if (n.op() != Op.MAX) {
                for (Node a : n.args()) {
                    needs[n.id()] |= needs[a.id()];
                }
            }
        }
        return needs;
    }

    private Backward run() {
        int forwardSize = g.size();
        for (LossFunction.Seed seed : seeds()) {
            contribute(seed.node(), Integer.MAX_VALUE, seed.value());
        }
        Map<Node, Node> adjoints = new HashMap<>();
        for (int id = forwardSize - 1; id >= 0; id--) {
            Node node = g.nodes().get(id);
            List<Contribution> parts = contributions.get(node);
            if (parts == null) {
                continue;
            }
            parts.sort(Comparator.comparingInt(Contribution::consumer));
            Node adjoint = g.sum(parts.stream().map(Contribution::value).toList());
            adjoints.put(node, adjoint);
            propagate(node, adjoint);
        }
        boolean[] trainable = trainable(forward.network());
        List<Optional<Node>> gradients = new ArrayList<>(Collections.nCopies(trainable.length, Optional.empty()));
        for (int p : forward.parameters()) {
            Node param = g.param(p);
            gradients.set(p, trainable[p] ? Optional.of(adjoints.getOrDefault(param, g.constant(0.0))) : Optional.empty());
        }
        return new Backward(forward, adjoints, gradients);
    }

    /** The loss's seeds, or for a run that ends before the loss, the adjoints of its outputs. */
    private List<LossFunction.Seed> seeds() {
        if (forward.endsWithLoss()) {
            return LossFunction.of(forward.network()).seeds(g, forward.outputLayer(), forward.targets());
        }
        List<LossFunction.Seed> seeds = new ArrayList<>();
        List<Node> out = forward.outputLayer().out();
        for (int k = 0; k < out.size(); k++) {
            seeds.add(new LossFunction.Seed(out.get(k), forward.upstream().get(k)));
        }
        return seeds;
    }

    private void contribute(Node node, int consumer, Node value) {
        if (node.id() < needsGradient.length && needsGradient[node.id()]) {
            contributions.computeIfAbsent(node, k -> new ArrayList<>()).add(new Contribution(consumer, value));
        }
    }

    /**
     * Passes {@code a} (dL/dn) to n's arguments through n's local derivative; a neuron's output
     * passes it to its net input through its activation's derivative.
     */
    private void propagate(Node n, Node a) {
        Activated neuron = activated.get(n);
        if (neuron != null) {
            contribute(neuron.net(), n.id(), neuron.function().derivative(g, neuron.net(), n, a, neuron.a()));
            return;
        }
        for (Part part : parts(g, n, a)) {
            contribute(part.arg(), n.id(), part.value());
        }
    }

    /** What node {@code n} passes to its argument {@code arg} when its adjoint is {@code a}. */
    public record Part(Node arg, Node value) {
    }

    /**
     * The chain rule for one node of {@code g}: {@code a} (dL/dn) through n's local derivative, one
     * part per argument the gradient flows to (the loop layers use it for softmax).
     */
    public static List<Part> parts(Graph g, Node n, Node a) {
        return switch (n.op()) {
            case ADD -> List.of(new Part(n.arg(0), a), new Part(n.arg(1), a));
            case SUB -> List.of(new Part(n.arg(0), a), new Part(n.arg(1), g.neg(a)));
            case MUL -> List.of(new Part(n.arg(0), g.mul(a, n.arg(1))), new Part(n.arg(1), g.mul(a, n.arg(0))));
            case DIV -> List.of(new Part(n.arg(0), g.div(a, n.arg(1))),
                    new Part(n.arg(1), g.neg(g.div(g.mul(a, n), n.arg(1)))));
            case NEG -> List.of(new Part(n.arg(0), g.neg(a)));
            case EXP -> List.of(new Part(n.arg(0), g.mul(a, n)));
            case LOG -> List.of(new Part(n.arg(0), g.div(a, n.arg(0))));
            case SQRT -> List.of(new Part(n.arg(0), g.div(a, g.mul(g.constant(2.0), n))));
            case SIGMOID -> List.of(new Part(n.arg(0), g.mul(g.mul(a, n), g.sub(g.constant(1.0), n))));
            case TANH -> List.of(new Part(n.arg(0), g.mul(a, g.sub(g.constant(1.0), g.mul(n, n)))));
            case SOFTPLUS -> List.of(new Part(n.arg(0), g.mul(a, g.sigmoid(n.arg(0)))));
            case SELECT -> List.of(new Part(n.arg(1), g.select(n.arg(0), a, g.constant(0.0))),
                    new Part(n.arg(2), g.select(n.arg(0), g.constant(0.0), a)));
            case MAX, MIN, CONST, INPUT, TARGET, UPSTREAM, PARAM -> List.of();
        };
    }
}
