package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Network;
import java.util.List;

/** The forward pass of a network as graph nodes: inputs, targets, layers, and the sample's loss. */
public record Forward(Network network, Graph graph, List<Node> inputs, List<Node> targets,
                      List<LayerNodes> layers, Node loss) {
    public Forward {
        inputs = List.copyOf(inputs);
        targets = List.copyOf(targets);
        layers = List.copyOf(layers);
    }

    /** The output layer's nodes. */
    public LayerNodes outputLayer() {
        return layers.get(layers.size() - 1);
    }
}
