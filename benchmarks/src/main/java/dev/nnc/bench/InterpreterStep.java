package dev.nnc.bench;

import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.graph.GraphInterpreter;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Network;
import java.util.Optional;

/**
 * The compiler's own expression graph, evaluated node by node by {@link GraphInterpreter}: a
 * training step evaluates the graph (forward values and every adjoint), reads the parameters'
 * gradients and applies sgd.
 */
final class InterpreterStep implements Step {
    private final Backward backward;
    private final double[] parameters;
    private final int[] gradients;
    private final double rate;

    InterpreterStep(Network model, double[] parameters) {
        this.backward = Differentiator.differentiate(ForwardBuilder.build(model));
        this.parameters = parameters.clone();
        this.gradients = new int[parameters.length];
        for (int p = 0; p < parameters.length; p++) {
            Optional<Node> g = backward.parameterGradients().get(p);
            gradients[p] = g.map(Node::id).orElse(-1);
        }
        this.rate = model.optimizer().rate();
    }

    @Override
    public double train(double[] x, double[] t) {
        double[] values = GraphInterpreter.evaluate(backward.graph(), x, t, parameters);
        for (int p = 0; p < parameters.length; p++) {
            if (gradients[p] >= 0) {
                parameters[p] -= rate * values[gradients[p]];
            }
        }
        return values[backward.forward().loss().id()];
    }
}
