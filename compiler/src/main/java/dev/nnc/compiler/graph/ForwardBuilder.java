package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the forward pass of a checked network: net_j = sum_i w_ji * in_i + b, out_j = act(net_j). */
public final class ForwardBuilder {
    private final Network network;
    private final Graph graph = new Graph();

    private ForwardBuilder(Network network) {
        this.network = network;
    }

    /** The forward graph of {@code network}, with the loss of one sample. */
    public static Forward build(Network network) {
        return segment(network, 0, network.layers().size() - 1);
    }

    /**
     * The forward graph of layers {@code first..last} (inclusive): with the loss when {@code last} is
     * the output layer, with {@link Op#UPSTREAM} leaves for the adjoints of its outputs otherwise.
     */
    public static Forward segment(Network network, int first, int last) {
        return new ForwardBuilder(network).build(first, last);
    }

    private Forward build(int first, int last) {
        List<Node> inputs = new ArrayList<>();
        for (int i = 0; i < network.layers().get(first).fanIn(); i++) {
            inputs.add(graph.input(i));
        }
        boolean endsWithLoss = last == network.layers().size() - 1;
        List<Node> targets = new ArrayList<>();
        for (int k = 0; endsWithLoss && k < network.output().size(); k++) {
            targets.add(graph.target(k));
        }
        List<LayerNodes> layers = new ArrayList<>();
        List<Node> previous = inputs;
        for (int l = first; l <= last; l++) {
            LayerNodes nodes = layer(l, previous);
            layers.add(nodes);
            previous = nodes.out();
        }
        if (endsWithLoss) {
            Node loss = LossFunction.of(network).value(graph, layers.get(layers.size() - 1), targets);
            return new Forward(network, graph, inputs, targets, layers, loss, List.of());
        }
        List<Node> upstream = new ArrayList<>();
        for (int k = 0; k < network.layers().get(last).size(); k++) {
            upstream.add(graph.upstream(k));
        }
        return new Forward(network, graph, inputs, targets, layers, graph.constant(0.0), upstream);
    }

    private LayerNodes layer(int l, List<Node> sources) {
        Layer layer = network.layers().get(l);
        int weightBase = network.weightOffset(l);
        int biasBase = network.weightCount() + network.biasOffset(l);
        List<Node> net = new ArrayList<>();
        for (int j = 0; j < layer.size(); j++) {
            Node acc = graph.constant(0.0);
            for (int i = 0; i < layer.fanIn(); i++) {
                acc = graph.add(acc, graph.mul(graph.param(weightBase + j * layer.fanIn() + i), sources.get(i)));
            }
            if (layer.bias().mode() != BiasMode.NONE) {
                acc = graph.add(acc, graph.param(biasBase + (layer.bias().mode() == BiasMode.SHARED ? 0 : j)));
            }
            net.add(acc);
        }
        if (layer.activation() == Activation.SOFTMAX) {
            return softmax(layer, l, net);
        }
        List<Node> out = new ArrayList<>();
        for (Node n : net) {
            out.add(activate(layer, n));
        }
        return new LayerNodes(layer, l, net, out, Optional.empty());
    }

    private Node activate(Layer layer, Node net) {
        return ActivationFunction.elementwise(layer.activation()).forward(graph, net, layer.alpha());
    }

    private LayerNodes softmax(Layer layer, int l, List<Node> net) {
        Node max = net.get(0);
        for (int j = 1; j < net.size(); j++) {
            max = graph.max(max, net.get(j));
        }
        List<Node> exps = new ArrayList<>();
        for (Node n : net) {
            exps.add(graph.exp(graph.sub(n, max)));
        }
        Node sum = graph.sum(exps);
        List<Node> out = new ArrayList<>();
        for (Node e : exps) {
            out.add(graph.div(e, sum));
        }
        return new LayerNodes(layer, l, net, out, Optional.of(new LayerNodes.SoftmaxNodes(max, exps, sum)));
    }
}
