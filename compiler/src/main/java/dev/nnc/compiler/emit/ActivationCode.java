package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.ActivationFunction;
import dev.nnc.compiler.graph.Graph;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Layer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A loop layer's activation and its derivative for one neuron, written from the activation's own
 * graph ({@link ActivationFunction}) through the same {@link ExpressionWriter} as the unrolled
 * equations, with the loop's array elements as the leaves: so a loop layer computes the bits its
 * unrolled twin does, and nothing here knows what any activation is.
 */
final class ActivationCode {
    private final ActivationFunction function;
    private final double a;

    ActivationCode(Layer layer) {
        this.function = ActivationFunction.elementwise(layer.activation());
        this.a = layer.alpha();
    }

    /** {@code f(z)}, with the net input read by {@code z}. */
    CodeBlock forward(CodeBlock z) {
        Graph g = new Graph();
        Node net = g.input(0);
        Node out = function.forward(g, net, a);
        return write(out, Map.of(net, z));
    }

    /**
     * dL/dnet from dL/dout: {@code adjoint} through the derivative, with the net input and the
     * output read by {@code z} and {@code y}.
     */
    CodeBlock derivative(CodeBlock z, CodeBlock y, CodeBlock adjoint) {
        Graph g = new Graph();
        Node net = g.input(0);
        Node out = function.forward(g, net, a);
        Node upstream = g.upstream(0);
        Map<Node, CodeBlock> leaves = new LinkedHashMap<>();
        leaves.put(net, z);
        leaves.putIfAbsent(out, y);
        leaves.put(upstream, adjoint);
        return write(function.derivative(g, net, out, upstream, a), leaves);
    }

    private static CodeBlock write(Node node, Map<Node, CodeBlock> leaves) {
        Optional<CodeBlock> leaf = Optional.ofNullable(leaves.get(node));
        return leaf.orElseGet(() -> new ExpressionWriter(n -> Optional.ofNullable(leaves.get(n))).definition(node));
    }
}
