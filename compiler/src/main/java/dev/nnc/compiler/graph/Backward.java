package dev.nnc.compiler.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reverse-mode derivative of a forward graph: the adjoint (dL/dnode) of every node the
 * gradient passes through, and dL/dp for each parameter, indexed by parameter number (absent for
 * frozen ones and for parameters outside the graph's run of layers).
 */
public record Backward(Forward forward, Map<Node, Node> adjoints, List<Optional<Node>> parameterGradients) {
    public Backward {
        adjoints = Collections.unmodifiableMap(adjoints);
        parameterGradients = List.copyOf(parameterGradients);
    }

    /** dL/dnode, if the gradient passes through {@code node}. */
    public Optional<Node> adjoint(Node node) {
        return Optional.ofNullable(adjoints.get(node));
    }

    /** dL/d(input i) of a run that starts after a loop layer (absent when the input has no effect). */
    public Optional<Node> inputAdjoint(int i) {
        return adjoint(forward.inputs().get(i));
    }

    public Graph graph() {
        return forward.graph();
    }
}
