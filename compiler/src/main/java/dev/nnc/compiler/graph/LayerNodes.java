package dev.nnc.compiler.graph;

import dev.nnc.compiler.model.Layer;
import java.util.List;
import java.util.Optional;

/**
 * The nodes of one layer: net input and output per neuron, and for softmax its shared
 * intermediates (the stabilising maximum, the exponentials and their sum).
 */
public record LayerNodes(Layer layer, int index, List<Node> net, List<Node> out, Optional<SoftmaxNodes> softmax) {
    public LayerNodes {
        net = List.copyOf(net);
        out = List.copyOf(out);
    }

    /** Softmax's intermediates: out_k = exp_k / sum with exp_k = e^(net_k - max). */
    public record SoftmaxNodes(Node max, List<Node> exps, Node sum) {
        public SoftmaxNodes {
            exps = List.copyOf(exps);
        }
    }
}
