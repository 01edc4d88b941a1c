package dev.nnc.compiler.graph;

import java.util.List;

/**
 * One node of the expression graph. Nodes are interned by {@link Graph}, so equal expressions
 * are the same node; {@code id} is the node's position in creation order, which is a
 * topological order (arguments always come first).
 *
 * @param value the number, for {@link Op#CONST}
 * @param index the input, target or parameter number (0-based), for those leaves; otherwise -1
 */
public record Node(int id, Op op, List<Node> args, double value, int index) {
    public Node {
        args = List.copyOf(args);
    }

    public Node arg(int i) {
        return args.get(i);
    }

    public boolean isConst() {
        return op == Op.CONST;
    }

    /** Whether this is the constant {@code v} (bit for bit). */
    public boolean isConst(double v) {
        return op == Op.CONST && Double.doubleToLongBits(value) == Double.doubleToLongBits(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node && ((Node) o).id == id;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    @Override
    public String toString() {
        return "%" + id + "=" + op + (op == Op.CONST ? "(" + value + ")" : index >= 0 ? "[" + index + "]" : "")
                + args.stream().map(a -> "%" + a.id()).toList();
    }
}
