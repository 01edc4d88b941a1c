package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.Graph;
import dev.nnc.compiler.graph.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small graph of one neuron's or one output's arithmetic, whose leaves are read from the code of
 * a loop (an array element, a local, a field): written through the same {@link ExpressionWriter}
 * as the unrolled equations, so both compute the same bits from one definition.
 */
final class Template {
    private final Graph graph = new Graph();
    private final Map<Node, CodeBlock> leaves = new LinkedHashMap<>();
    private final Scalar scalar;

    /** A template written in {@code scalar} arithmetic. */
    Template(Scalar scalar) {
        this.scalar = scalar;
    }

    /** The graph to build the template's expression in. */
    Graph graph() {
        return graph;
    }

    /** A leaf read by {@code code}; a leaf given twice keeps its first code. */
    Node leaf(CodeBlock code) {
        Node node = graph.input(leaves.size());
        leaves.put(node, code);
        return node;
    }

    /** Reads {@code node} (a leaf or an expression built before) by {@code code} from now on. */
    void read(Node node, CodeBlock code) {
        leaves.putIfAbsent(node, code);
    }

    /** {@code node} as a Java expression over the leaves. */
    CodeBlock write(Node node) {
        CodeBlock leaf = leaves.get(node);
        return leaf != null ? leaf
                : new ExpressionWriter(n -> Optional.ofNullable(leaves.get(n)), scalar).definition(node);
    }
}
