package dev.nnc.compiler.emit;

import com.palantir.javapoet.NameAllocator;
import dev.nnc.compiler.graph.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every identifier in a generated class, allocated once so that no generated name collides
 * with another or with a Java keyword. The tutorials' names are asked for first (w1, b1, i1, t1,
 * net_h1, out_h1, delta_h1, dw1), so they are the ones that survive.
 */
final class Names {
    private final NameAllocator allocator;
    /** Tells apart the nodes of different graphs of one class; null for a class with one graph. */
    private final Object graph;
    private final Map<Node, String> nodeNames = new LinkedHashMap<>();

    Names() {
        this(new NameAllocator(), null);
    }

    private Names(NameAllocator allocator, Object graph) {
        this.allocator = allocator;
        this.graph = graph;
    }

    /**
     * Names for another graph of the same class: its nodes get their own names (nodes of different
     * graphs are told apart by {@code graph}), allocated from the same pool as every other member.
     */
    Names forGraph(Object graph) {
        return new Names(allocator, graph);
    }

    /** Allocates {@code suggestion} for {@code tag} (or a variant when it is taken); returns it. */
    String allocate(String suggestion, Object tag) {
        return allocator.newName(SourceText.identifier(suggestion), tag);
    }

    /** The name allocated for {@code tag}. */
    String get(Object tag) {
        return allocator.get(tag);
    }

    /** Names {@code node}'s field; the first name given to a node wins. */
    void name(Node node, String suggestion) {
        if (!nodeNames.containsKey(node)) {
            nodeNames.put(node, allocator.newName(SourceText.identifier(suggestion), graph == null ? node : List.of(graph, node.id())));
        }
    }

    boolean isNamed(Node node) {
        return nodeNames.containsKey(node);
    }

    /** The field holding {@code node}'s value, or null when it is written inline. */
    String of(Node node) {
        return nodeNames.get(node);
    }

    /** Every named node, in the order the names were given. */
    List<Node> namedNodes() {
        return List.copyOf(nodeNames.keySet());
    }

    /** Member-name tags that are not nodes. */
    enum Member {
        RATE, BETA, BETA1, BETA2, EPS, STEP, BATCH, CORRECTION1, CORRECTION2, LOSS, MEAN, STD, PENDING
    }
}
