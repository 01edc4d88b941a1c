package dev.nnc.compiler.graph;

import dev.nnc.runtime.Tanh;
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
        return switch (n.op()) {
            case CONST -> n.value();
            case INPUT -> inputs[n.index()];
            case TARGET, UPSTREAM -> targets[n.index()];
            case PARAM -> params[n.index()];
            case ADD -> arg(n, v, 0) + arg(n, v, 1);
            case SUB -> arg(n, v, 0) - arg(n, v, 1);
            case MUL -> arg(n, v, 0) * arg(n, v, 1);
            case DIV -> arg(n, v, 0) / arg(n, v, 1);
            case NEG -> -arg(n, v, 0);
            case EXP -> dev.nnc.runtime.Exp.exp(arg(n, v, 0));
            case LOG -> Math.log(arg(n, v, 0));
            case TANH -> Tanh.tanh(arg(n, v, 0));
            case SQRT -> Math.sqrt(arg(n, v, 0));
            case SIGMOID -> 1 / (1 + dev.nnc.runtime.Exp.exp(-arg(n, v, 0)));
            case SOFTPLUS -> dev.nnc.runtime.Functions.softplus(arg(n, v, 0));
            case MAX -> Math.max(arg(n, v, 0), arg(n, v, 1));
            case MIN -> Math.min(arg(n, v, 0), arg(n, v, 1));
            case SELECT -> arg(n, v, 0) > 0 ? arg(n, v, 1) : arg(n, v, 2);
        };
    }

    private static double arg(Node n, double[] v, int i) {
        return v[n.arg(i).id()];
    }
}
