package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.LossFunction;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Functions;
import dev.nnc.runtime.Loss;
import java.util.List;

/**
 * The loss of a loop output layer and the deltas it starts the backward pass with, as loops, in
 * exactly the arithmetic of {@link LossFunction} and of reverse mode through the output
 * activation, so that they agree bit for bit with the unrolled equations.
 */
final class LoopLossWriter {
    private final LoopArrays a;
    private final LoopBackwardWriter layer;
    private final Network network;
    private final String targets;
    private final String loss;
    private final int n;
    private final Scalar scalar;

    LoopLossWriter(LoopBackwardWriter layer, String targets, String loss) {
        this.layer = layer;
        this.a = layer.arrays();
        this.network = a.network();
        this.targets = targets;
        this.loss = loss;
        this.n = a.layer().size();
        this.scalar = a.scalar();
    }

    private boolean fused() {
        Activation act = a.layer().activation();
        return (network.loss() == Loss.BCE && act == Activation.SIGMOID)
                || (network.loss() == Loss.CROSS_ENTROPY && act == Activation.SOFTMAX);
    }

    /** E_total: the sum of the outputs' terms in order, then the loss's scaling. */
    List<Statement> value() {
        CodeBlock.Builder b = CodeBlock.builder().add("{\n$>")
                .addStatement("$T s = 0", a.scalar().type())
                .beginControlFlow("for (int k = 0; k < $L; k++)", n)
                .addStatement("$T t = $N[k]", a.scalar().type(), targets)
                .addStatement("$T y = $N[k]", a.scalar().type(), a.out())
                .addStatement("$T term = $L", a.scalar().type(), term())
                .addStatement("s = k == 0 ? term : s + term")
                .endControlFlow();
        switch (network.loss()) {
            case MSE:
                b.addStatement("$N = $L", loss, n == 1 ? "s" : "s / " + n);
                break;
            case BCE:
                b.addStatement("$N = $L", loss, n == 1 ? "-s" : "-s / " + n);
                break;
            case CROSS_ENTROPY:
                b.addStatement("$N = -s", loss);
                break;
            default:
                b.addStatement("$N = s", loss);
        }
        return List.of(Statement.comment("$L loss $L", network.where(network.lossLine()), network.loss().spelling()),
                new Statement(b.add("$<}\n").build(), 120));
    }

    private CodeBlock term() {
        switch (network.loss()) {
            case HALF_SSE:
                return CodeBlock.of("$L * (t - y) * (t - y)", scalar.literal(0.5));
            case SSE:
                return CodeBlock.of("(t - y) * (t - y)");
            case MSE:
                return CodeBlock.of("(y - t) * (y - t)");
            case BCE:
                if (a.layer().activation() == Activation.SIGMOID) {
                    return CodeBlock.of("t * -$L + (1 - t) * -$L",
                            scalar.fromDouble(CodeBlock.of("$T.softplus(-$N[k])", Functions.class, a.net())),
                            scalar.fromDouble(CodeBlock.of("$T.softplus($N[k])", Functions.class, a.net())));
                }
                return CodeBlock.of("t * $L + (1 - t) * $L", scalar.fromDouble(CodeBlock.of("$T.log(y)", Math.class)),
                        scalar.fromDouble(CodeBlock.of("$T.log(1 - y)", Math.class)));
            case CROSS_ENTROPY:
                if (a.layer().activation() == Activation.SOFTMAX) {
                    return CodeBlock.of("t * ($N[k] - $N - $L)", a.net(), a.max(),
                            scalar.fromDouble(CodeBlock.of("$T.log($N)", Math.class, a.sum())));
                }
                return CodeBlock.of("t * $L", scalar.fromDouble(CodeBlock.of("$T.log(y)", Math.class)));
            default:
                throw new IllegalStateException(network.loss().toString());
        }
    }

    /** The output layer's deltas (dL/dnet). */
    List<Statement> deltas() {
        CodeBlock.Builder b = CodeBlock.builder();
        if (fused()) {
            b.beginControlFlow("for (int k = 0; k < $L; k++)", n)
                    .addStatement("$N[k] = $L", a.delta(), network.loss() == Loss.BCE && n > 1
                            ? CodeBlock.of("($N[k] - $N[k]) / $L", a.out(), targets, n)
                            : CodeBlock.of("$N[k] - $N[k]", a.out(), targets))
                    .endControlFlow();
        } else if (a.layer().activation() == Activation.SOFTMAX) {
            softmaxDeltas(b);
        } else {
            b.beginControlFlow("for (int k = 0; k < $L; k++)", n)
                    .addStatement("$T t = $N[k]", a.scalar().type(), targets)
                    .addStatement("$T y = $N[k]", a.scalar().type(), a.out())
                    .addStatement("$T g = $L", a.scalar().type(), outputGradient())
                    .addStatement("$N[k] = $L", a.delta(), layer.derivative(CodeBlock.of("g"), "k"))
                    .endControlFlow();
        }
        return List.of(new Statement(b.build(), 100));
    }

    /** dL/dy, as {@link LossFunction} writes it. */
    private CodeBlock outputGradient() {
        String perOutput = n == 1 ? "" : " / " + n;
        switch (network.loss()) {
            case HALF_SSE:
                return CodeBlock.of("y - t");
            case SSE:
                return CodeBlock.of("2 * (y - t)");
            case MSE:
                return CodeBlock.of("2 * (y - t)$L", perOutput);
            case BCE:
                return CodeBlock.of("(y - t) / (y * (1 - y))$L", perOutput);
            case CROSS_ENTROPY:
                return CodeBlock.of("-(t / y)");
            default:
                throw new IllegalStateException(network.loss().toString());
        }
    }

    /**
     * Reverse mode through softmax, as the graph does it: with S the sum of the exponentials e_k,
     * dL/dS = sum_k -(g_k y_k / S) in order, and delta_k = (dL/dS + g_k / S) e_k.
     */
    private void softmaxDeltas(CodeBlock.Builder b) {
        b.add("{\n$>")
                .addStatement("$T adjointOfSum = 0", a.scalar().type())
                .beginControlFlow("for (int k = 0; k < $L; k++)", n)
                .addStatement("$T t = $N[k]", a.scalar().type(), targets)
                .addStatement("$T y = $N[k]", a.scalar().type(), a.out())
                .addStatement("$T g = $L", a.scalar().type(), outputGradient())
                .addStatement("$N[k] = g", a.delta())
                .addStatement("$T part = -(g * y / $N)", a.scalar().type(), a.sum())
                .addStatement("adjointOfSum = k == 0 ? part : adjointOfSum + part")
                .endControlFlow()
                .beginControlFlow("for (int k = 0; k < $L; k++)", n)
                .addStatement("$N[k] = (adjointOfSum + $N[k] / $N) * $N[k]", a.delta(), a.delta(), a.sum(), a.exp())
                .endControlFlow()
                .add("$<}\n");
    }
}
