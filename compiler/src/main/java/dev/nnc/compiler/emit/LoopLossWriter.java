package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.Graph;
import dev.nnc.compiler.graph.LossFunction;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import java.util.List;
import java.util.Optional;

/**
 * The loss of a loop output layer and the deltas it starts the backward pass with, as loops whose
 * per-output arithmetic is {@link LossFunction}'s own terms and seeds written as {@link Template}s,
 * so that they agree bit for bit with the unrolled equations.
 */
final class LoopLossWriter {
    private final LoopArrays a;
    private final LoopBackwardWriter layer;
    private final Network network;
    private final String targets;
    private final String loss;
    private final int n;
    private final LossFunction function;
    private final Scalar scalar;

    LoopLossWriter(LoopBackwardWriter layer, String targets, String loss) {
        this.layer = layer;
        this.a = layer.arrays();
        this.network = a.network();
        this.targets = targets;
        this.loss = loss;
        this.n = a.layer().size();
        this.function = LossFunction.of(network);
        this.scalar = a.scalar();
    }

    /** E_total: the sum of the outputs' terms in order, then the loss's scaling. */
    List<Statement> value() {
        CodeBlock.Builder b = CodeBlock.builder().add("{\n$>")
                .addStatement("$T s = 0", scalar.type())
                .beginControlFlow("for (int k = 0; k < $L; k++)", n)
                .addStatement("$T t = $N[k]", scalar.type(), targets)
                .addStatement("$T y = $N[k]", scalar.type(), a.out())
                .addStatement("$T term = $L", scalar.type(), term())
                .addStatement("s = k == 0 ? term : s + term")
                .endControlFlow();
        Template total = new Template(scalar);
        b.addStatement("$N = $L", loss, total.write(function.total(total.graph(), total.leaf(CodeBlock.of("s")), n)));
        return List.of(Statement.comment("$L loss $L", network.where(network.lossLine()), network.loss().spelling()),
                new Statement(b.add("$<}\n").build(), 120));
    }

    /** Output k's term of the loss, over the locals t and y. */
    private CodeBlock term() {
        Template term = new Template(scalar);
        Node t = term.leaf(CodeBlock.of("t"));
        Node y = term.leaf(CodeBlock.of("y"));
        Node net = term.leaf(CodeBlock.of("$N[k]", a.net()));
        boolean softmax = a.layer().activation() == Activation.SOFTMAX;
        Optional<Node> max = softmax ? Optional.of(term.leaf(CodeBlock.of("$N", a.max()))) : Optional.empty();
        Optional<Node> sum = softmax ? Optional.of(term.leaf(CodeBlock.of("$N", a.sum()))) : Optional.empty();
        return term.write(function.term(term.graph(), new LossFunction.Output(y, net, max, sum), t));
    }

    /** The output layer's deltas (dL/dnet). */
    List<Statement> deltas() {
        CodeBlock.Builder b = CodeBlock.builder();
        if (function.fused()) {
            Template seed = new Template(scalar);
            Node y = seed.leaf(CodeBlock.of("$N[k]", a.out()));
            Node t = seed.leaf(CodeBlock.of("$N[k]", targets));
            b.beginControlFlow("for (int k = 0; k < $L; k++)", n)
                    .addStatement("$N[k] = $L", a.delta(), seed.write(function.seed(seed.graph(), y, t, n)))
                    .endControlFlow();
        } else if (a.layer().activation() == Activation.SOFTMAX) {
            softmaxDeltas(b);
        } else {
            b.beginControlFlow("for (int k = 0; k < $L; k++)", n)
                    .addStatement("$T t = $N[k]", scalar.type(), targets)
                    .addStatement("$T y = $N[k]", scalar.type(), a.out())
                    .addStatement("$T g = $L", scalar.type(), outputGradient())
                    .addStatement("$N[k] = $L", a.delta(), layer.derivative(CodeBlock.of("g"), "k"))
                    .endControlFlow();
        }
        return List.of(new Statement(b.build(), 100));
    }

    /** dL/dy over the locals t and y, from {@link LossFunction#seed}. */
    private CodeBlock outputGradient() {
        Template seed = new Template(scalar);
        Node t = seed.leaf(CodeBlock.of("t"));
        Node y = seed.leaf(CodeBlock.of("y"));
        return seed.write(function.seed(seed.graph(), y, t, n));
    }

    /**
     * Reverse mode through softmax, by the differentiator's own rules ({@link Differentiator#parts})
     * for out_k = e_k / S and e_k = exp(net_k - max): dL/dS = sum_k -(g_k y_k / S) in order, then
     * delta_k = (dL/dS + g_k / S) e_k.
     */
    private void softmaxDeltas(CodeBlock.Builder b) {
        Template toSum = new Template(scalar);
        Node y = toSum.graph().div(toSum.leaf(CodeBlock.of("$N[k]", a.exp())), toSum.leaf(CodeBlock.of("$N", a.sum())));
        toSum.read(y, CodeBlock.of("y"));
        Node part = Differentiator.parts(toSum.graph(), y, toSum.leaf(CodeBlock.of("g"))).get(1).value();

        Template toNet = new Template(scalar);
        Graph g = toNet.graph();
        Node exp = g.exp(g.sub(toNet.leaf(CodeBlock.of("$N[k]", a.net())), toNet.leaf(CodeBlock.of("$N", a.max()))));
        toNet.read(exp, CodeBlock.of("$N[k]", a.exp()));
        Node out = g.div(exp, toNet.leaf(CodeBlock.of("$N", a.sum())));
        Node fromOut = Differentiator.parts(g, out, toNet.leaf(CodeBlock.of("$N[k]", a.delta()))).get(0).value();
        Node adjointOfExp = g.add(toNet.leaf(CodeBlock.of("adjointOfSum")), fromOut);
        Node delta = Differentiator.parts(g, exp, adjointOfExp).get(0).value();

        b.add("{\n$>")
                .addStatement("$T adjointOfSum = 0", scalar.type())
                .beginControlFlow("for (int k = 0; k < $L; k++)", n)
                .addStatement("$T t = $N[k]", scalar.type(), targets)
                .addStatement("$T y = $N[k]", scalar.type(), a.out())
                .addStatement("$T g = $L", scalar.type(), outputGradient())
                .addStatement("$N[k] = g", a.delta())
                .addStatement("$T part = $L", scalar.type(), toSum.write(part))
                .addStatement("adjointOfSum = k == 0 ? part : adjointOfSum + part")
                .endControlFlow()
                .beginControlFlow("for (int k = 0; k < $L; k++)", n)
                .addStatement("$N[k] = $L", a.delta(), toNet.write(delta))
                .endControlFlow()
                .add("$<}\n");
    }
}
