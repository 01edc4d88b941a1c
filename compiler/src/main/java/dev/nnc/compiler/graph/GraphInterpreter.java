package dev.nnc.compiler.graph;

import java.util.List;

/** Evaluates a graph directly, node by node: the reference the generated code is tested against. */
public final class GraphInterpreter {
    private GraphInterpreter() {
    }

    /**
     * The value of every node (indexed by id) for the given inputs, targets and parameters. For a
     * segment that ends before the loss, {@code targets} holds the adjoints of its outputs
     * ({@link Op#UPSTREAM}) instead.
     */
    public static double[] evaluate(Graph graph, double[] inputs, double[] targets, double[] params) {
        List<Node> nodes = graph.nodes();
        double[] v = new double[nodes.size()];
        for (Node n : nodes) {
            v[n.id()] = apply(n, v, inputs, targets, params);
        }
        return v;
    }

    private static double apply(Node n, double[] v, double[] inputs, double[] targets, double[] params) {
        switch (n.op()) {
            case CONST:
                return n.value();
            case INPUT:
                return inputs[n.index()];
            case TARGET:
            case UPSTREAM:
                return targets[n.index()];
            case PARAM:
                return params[n.index()];
            default:
                break;
        }
        double x = v[n.arg(0).id()];
        double y = n.args().size() > 1 ? v[n.arg(1).id()] : 0;
        switch (n.op()) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case DIV:
                return x / y;
            case NEG:
                return -x;
            case EXP:
                return dev.nnc.runtime.Exp.exp(x);
            case LOG:
                return Math.log(x);
            case TANH:
                return Math.tanh(x);
            case SQRT:
                return Math.sqrt(x);
            case SIGMOID:
                return 1 / (1 + dev.nnc.runtime.Exp.exp(-x));
            case SOFTPLUS:
                return dev.nnc.runtime.Functions.softplus(x);
            case MAX:
                return Math.max(x, y);
            case SELECT:
                return x > 0 ? y : v[n.arg(2).id()];
            default:
                throw new IllegalStateException("cannot evaluate " + n.op());
        }
    }
}
