package dev.nnc.compiler.graph;

import dev.nnc.runtime.Tanh;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only, interned DAG of scalar operations. The smart constructors fold constants and
 * drop identities ({@code x + 0}, {@code x * 1}, {@code x * 0}, {@code --x}), and return the
 * existing node for an expression built before, so common subexpressions are shared.
 */
public final class Graph {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Key, Node> interned = new HashMap<>();

    private record Key(Op op, List<Integer> args, long valueBits, int index) {
    }

    /** Every node, in creation (topological) order. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public int size() {
        return nodes.size();
    }

    private Node intern(Op op, List<Node> args, double value, int index) {
        Key key = new Key(op, args.stream().map(Node::id).toList(), Double.doubleToLongBits(value), index);
        Node existing = interned.get(key);
        if (existing != null) {
            return existing;
        }
        Node node = new Node(nodes.size(), op, args, value, index);
        nodes.add(node);
        interned.put(key, node);
        return node;
    }

    public Node constant(double v) {
        return intern(Op.CONST, List.of(), v, -1);
    }

    public Node input(int index) {
        return intern(Op.INPUT, List.of(), 0, index);
    }

    public Node target(int index) {
        return intern(Op.TARGET, List.of(), 0, index);
    }

    /** The adjoint of the segment's output {@code index}, supplied from outside ({@link Op#UPSTREAM}). */
    public Node upstream(int index) {
        return intern(Op.UPSTREAM, List.of(), 0, index);
    }

    public Node param(int index) {
        return intern(Op.PARAM, List.of(), 0, index);
    }

    public Node add(Node a, Node b) {
        if (a.isConst() && b.isConst()) {
            return constant(a.value() + b.value());
        }
        if (a.isConst(0.0)) {
            return b;
        }
        if (b.isConst(0.0)) {
            return a;
        }
        return intern(Op.ADD, List.of(a, b), 0, -1);
    }

    public Node sub(Node a, Node b) {
        if (a.isConst() && b.isConst()) {
            return constant(a.value() - b.value());
        }
        if (b.isConst(0.0)) {
            return a;
        }
        if (a.isConst(0.0)) {
            return neg(b);
        }
        return intern(Op.SUB, List.of(a, b), 0, -1);
    }

    public Node mul(Node a, Node b) {
        if (a.isConst() && b.isConst()) {
            return constant(a.value() * b.value());
        }
        if (a.isConst(0.0) || b.isConst(0.0)) {
            return constant(0.0);
        }
        if (a.isConst(1.0)) {
            return b;
        }
        if (b.isConst(1.0)) {
            return a;
        }
        if (a.isConst(-1.0)) {
            return neg(b);
        }
        if (b.isConst(-1.0)) {
            return neg(a);
        }
        return intern(Op.MUL, List.of(a, b), 0, -1);
    }

    public Node div(Node a, Node b) {
        if (a.isConst() && b.isConst()) {
            return constant(a.value() / b.value());
        }
        if (a.isConst(0.0)) {
            return constant(0.0);
        }
        if (b.isConst(1.0)) {
            return a;
        }
        return intern(Op.DIV, List.of(a, b), 0, -1);
    }

    public Node neg(Node a) {
        if (a.isConst()) {
            return constant(-a.value());
        }
        if (a.op() == Op.NEG) {
            return a.arg(0);
        }
        return intern(Op.NEG, List.of(a), 0, -1);
    }

    public Node exp(Node a) {
        return a.isConst() ? constant(dev.nnc.runtime.Exp.exp(a.value())) : intern(Op.EXP, List.of(a), 0, -1);
    }

    public Node log(Node a) {
        return a.isConst() ? constant(Math.log(a.value())) : intern(Op.LOG, List.of(a), 0, -1);
    }

    public Node tanh(Node a) {
        return a.isConst() ? constant(Tanh.tanh(a.value())) : intern(Op.TANH, List.of(a), 0, -1);
    }

    public Node sqrt(Node a) {
        return a.isConst() ? constant(Math.sqrt(a.value())) : intern(Op.SQRT, List.of(a), 0, -1);
    }

    public Node sigmoid(Node a) {
        return intern(Op.SIGMOID, List.of(a), 0, -1);
    }

    public Node softplus(Node a) {
        return intern(Op.SOFTPLUS, List.of(a), 0, -1);
    }

    public Node max(Node a, Node b) {
        return a.equals(b) ? a : intern(Op.MAX, List.of(a, b), 0, -1);
    }

    public Node min(Node a, Node b) {
        return a.equals(b) ? a : intern(Op.MIN, List.of(a, b), 0, -1);
    }

    /** {@code x > 0 ? a : b}; just {@code a} when both branches are the same node. */
    public Node select(Node x, Node a, Node b) {
        if (a.equals(b)) {
            return a;
        }
        if (x.isConst()) {
            return x.value() > 0 ? a : b;
        }
        return intern(Op.SELECT, List.of(x, a, b), 0, -1);
    }

    /** {@code terms[0] + terms[1] + ...}, added left to right; 0 when empty. */
    public Node sum(List<Node> terms) {
        Node acc = constant(0.0);
        for (Node t : terms) {
            acc = add(acc, t);
        }
        return acc;
    }
}
