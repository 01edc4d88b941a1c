package dev.nnc.compiler.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reverse-mode derivative of a forward graph: the adjoint (dL/dnode) of every node the
 * gradient passes through, and dL/dp for each parameter (absent for frozen ones).
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

    public Graph graph() {
        return forward.graph();
    }
}
