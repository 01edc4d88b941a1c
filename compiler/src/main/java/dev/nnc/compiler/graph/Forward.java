package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward pass of a run of consecutive layers as graph nodes: its inputs, its layers and, when
 * the run ends with the output layer, the targets and the sample's loss. The whole network is the
 * run of every layer. A run that starts after a loop layer takes that layer's outputs as its inputs
 * ({@link Op#INPUT} leaves numbered from 0); a run that ends before a loop layer has neither
 * targets nor loss ({@code loss} is then the constant 0), and its reverse mode starts from the
 * adjoints of its outputs ({@link Op#UPSTREAM} leaves).
 */
public record Forward(Network network, Graph graph, List<Node> inputs, List<Node> targets,
                      List<LayerNodes> layers, Node loss, List<Node> upstream) {
    public Forward {
        inputs = List.copyOf(inputs);
        targets = List.copyOf(targets);
        layers = List.copyOf(layers);
        upstream = List.copyOf(upstream);
    }

    /** The run's last layer: the output layer when the run ends with the loss. */
    public LayerNodes outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** Whether the run ends with the output layer and the loss (else with {@link #upstream}). */
    public boolean endsWithLoss() {
        return upstream.isEmpty();
    }

    /** The network index of the run's first layer. */
    public int firstLayer() {
        return layers.get(0).index();
    }

    /** Whether the run reads the network's inputs (rather than a loop layer's outputs). */
    public boolean startsAtInputs() {
        return firstLayer() == 0;
    }

    /** The numbers (0-based, weights then biases) of the parameters of the run's layers, in order. */
    public List<Integer> parameters() {
        List<Integer> parameters = new ArrayList<>(weightParameters());
        parameters.addAll(biasParameters());
        return parameters;
    }

    /** The numbers of the run's weights, in order. */
    public List<Integer> weightParameters() {
        List<Integer> numbers = new ArrayList<>();
        for (LayerNodes nodes : layers) {
            int first = network.weightOffset(nodes.index());
            for (int p = 0; p < nodes.layer().weights().size(); p++) {
                numbers.add(first + p);
            }
        }
        return numbers;
    }

    /** The numbers of the run's biases, in order (counted from w1, so b1 is {@code weightCount()}). */
    public List<Integer> biasParameters() {
        List<Integer> numbers = new ArrayList<>();
        for (LayerNodes nodes : layers) {
            Layer layer = nodes.layer();
            int first = network.weightCount() + network.biasOffset(nodes.index());
            for (int b = 0; b < layer.bias().initial().size(); b++) {
                numbers.add(first + b);
            }
        }
        return numbers;
    }
}
