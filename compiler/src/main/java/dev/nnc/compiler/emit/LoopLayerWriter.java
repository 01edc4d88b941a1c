package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.plan.Layout;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Exp;
import java.util.ArrayList;
import java.util.List;

/**
 * The passes of one loop layer: loops over flat arrays with the layer's sizes baked in, allocating
 * nothing. Every value is computed in the same order as the unrolled equations (a neuron's net
 * input adds its terms in input order, then the bias; a hidden adjoint sums over the next layer's
 * neurons in order), so a loop layer computes the same bits as the same layer unrolled. Speed
 * comes from the layout ({@link Layout}): two of the three passes over the weights are axpy loops
 * that the JIT vectorises, and the third computes four independent sums at once.
 */
final class LoopLayerWriter {
    /** Rows (neurons or inputs) whose dot products one loop computes at once. */
    private static final int ROWS = 4;

    private final LoopArrays a;
    private final Layer layer;
    private final int n;
    private final int m;
    private final String in;

    /**
     * @param in the array holding the layer's inputs (the previous layer's outputs, or the inputs)
     */
    LoopLayerWriter(LoopArrays arrays, String in) {
        this.a = arrays;
        this.layer = arrays.layer();
        this.n = layer.size();
        this.m = layer.fanIn();
        this.in = in;
    }

    LoopArrays arrays() {
        return a;
    }

    List<Statement> comment(String what) {
        return List.of(Statement.comment("$L:$L layer $L ($L -> $L $L, loops, weights $L): $L", a.network().sourceName(),
                layer.line(), layer.name(), m, n, layer.activation().spelling(),
                a.plan().layout() == Layout.INPUT_MAJOR ? "input-major" : "neuron-major", what));
    }

    /** net = W in + b and out = act(net). */
    List<Statement> forward() {
        List<Statement> out = new ArrayList<>(comment("forward"));
        if (a.plan().layout() == Layout.INPUT_MAJOR) {
            out.addAll(inputAxpys());
        } else {
            out.addAll(neuronDots());
        }
        out.add(activation());
        if (layer.activation() == Activation.SOFTMAX) {
            out.add(softmax());
        }
        return out;
    }

    /**
     * Input-major forward: net += w[i] * in[i], an axpy over the neurons per input, four inputs per
     * pass ({@code net[j] + w[i][j] in[i] + w[i+1][j] in[i+1] + ...}, still added in input order).
     * Every array in the inner loop is indexed by the same {@code j}: JDK 17's C2 vectorises such
     * loops and not loops that add different offsets to the index.
     */
    private List<Statement> inputAxpys() {
        List<Statement> out = new ArrayList<>();
        int blocked = m - m % ROWS;
        if (blocked > 0) {
            out.add(inputBlock(true));
            if (blocked > ROWS) {
                out.add(loop(120, CodeBlock.builder()
                        .beginControlFlow("for (int i = $L; i < $L; i += $L)", ROWS, blocked, ROWS)
                        .add(inputBlockBody(false)).endControlFlow().build()));
            }
        } else {
            out.add(loop(40, CodeBlock.builder().add("{\n$>")
                    .addStatement("double[] row = $N[0]", a.w())
                    .addStatement("double a = $N[0]", in)
                    .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                    .addStatement("$N[j] = row[j] * a", a.net())
                    .endControlFlow().add("$<}\n").build()));
        }
        int from = Math.max(blocked, 1);
        if (from < m) {
            out.add(loop(60, CodeBlock.builder()
                    .beginControlFlow("for (int i = $L; i < $L; i++)", from, m)
                    .addStatement("double[] row = $N[i]", a.w())
                    .addStatement("double a = $N[i]", in)
                    .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                    .addStatement("$N[j] += row[j] * a", a.net())
                    .endControlFlow()
                    .endControlFlow().build()));
        }
        return out;
    }

    /** The first four inputs start the sums: {@code net[j] = w[0][j] in[0] + ... + w[3][j] in[3]}. */
    private Statement inputBlock(boolean first) {
        return loop(120, CodeBlock.builder().add("{\n$>").addStatement("int i = 0").add(inputBlockBody(first))
                .add("$<}\n").build());
    }

    /** Rows i..i+3 added to every net input, in input order. */
    private CodeBlock inputBlockBody(boolean first) {
        CodeBlock.Builder b = CodeBlock.builder();
        CodeBlock.Builder sum = CodeBlock.builder();
        if (!first) {
            sum.add("$N[j] + ", a.net());
        }
        for (int r = 0; r < ROWS; r++) {
            b.addStatement("double[] row$L = $N[i + $L]", r, a.w(), r).addStatement("double a$L = $N[i + $L]", r, in, r);
            sum.add(r == 0 ? "row$L[j] * a$L" : " + row$L[j] * a$L", r, r);
        }
        return b.beginControlFlow("for (int j = 0; j < $L; j++)", n).addStatement("$N[j] = $L", a.net(), sum.build())
                .endControlFlow().build();
    }

    /**
     * Neuron-major forward: four neurons' dot products at once, each in input order. When the
     * neurons do not come in fours, the last four are computed again together (two chains of
     * additions computing the same value write the same bits) rather than one by one.
     */
    private List<Statement> neuronDots() {
        if (n < ROWS) {
            return List.of(loop(60, CodeBlock.builder()
                    .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                    .addStatement("double[] row = $N[j]", a.w())
                    .addStatement("double s = row[0] * $N[0]", in)
                    .beginControlFlow("for (int i = 1; i < $L; i++)", m)
                    .addStatement("s += row[i] * $N[i]", in)
                    .endControlFlow()
                    .addStatement("$N[j] = s", a.net())
                    .endControlFlow().build()));
        }
        CodeBlock.Builder body = CodeBlock.builder();
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("double[] row$L = $N[j + $L]", r, a.w(), r);
        }
        body.addStatement("double a = $N[0]", in);
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("double s$L = row$L[0] * a", r, r);
        }
        body.beginControlFlow("for (int i = 1; i < $L; i++)", m).addStatement("a = $N[i]", in);
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("s$L += row$L[i] * a", r, r);
        }
        body.endControlFlow();
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("$N[j + $L] = s$L", a.net(), r, r);
        }
        return blocks(n, body.build(), "j");
    }

    /**
     * {@code body} for every block of four rows from 0 ({@code index} is the block's first row):
     * a loop over the whole blocks, then once more for the last four rows if some are left over.
     */
    private static List<Statement> blocks(int count, CodeBlock body, String index) {
        List<Statement> out = new ArrayList<>();
        int whole = count - count % ROWS;
        out.add(loop(140, CodeBlock.builder()
                .beginControlFlow("for (int $L = 0; $L < $L; $L += $L)", index, index, whole, index, ROWS)
                .add(body).endControlFlow().build()));
        if (whole < count) {
            out.add(loop(140, CodeBlock.builder().add("{\n$>").addStatement("int $L = $L", index, count - ROWS)
                    .add(body).add("$<}\n").build()));
        }
        return out;
    }

    /** Adds the bias to each net input and applies the (element-wise) activation. */
    private Statement activation() {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("for (int j = 0; j < $L; j++)", n);
        BiasMode mode = layer.bias().mode();
        if (mode == BiasMode.NONE) {
            b.addStatement("double v = $N[j]", a.net());
        } else {
            b.addStatement("double v = $N[j] + $N[$L]", a.net(), a.b(), mode == BiasMode.SHARED ? "0" : "j");
            b.addStatement("$N[j] = v", a.net());
        }
        if (layer.activation() != Activation.SOFTMAX && layer.activation() != Activation.LINEAR) {
            b.addStatement("$N[j] = $L", a.out(), activate(CodeBlock.of("v")));
        }
        return loop(50, b.endControlFlow().build());
    }

    private CodeBlock activate(CodeBlock v) {
        switch (layer.activation()) {
            case SIGMOID:
                return CodeBlock.of("1 / (1 + $T.exp(-$L))", Exp.class, v);
            case TANH:
                return CodeBlock.of("$T.tanh($L)", Math.class, v);
            case RELU:
                return CodeBlock.of("$L > 0 ? $L : 0.0", v, v);
            case LEAKY_RELU:
                return CodeBlock.of("$L > 0 ? $L : $L * $L", v, v, ExpressionWriter.literal(layer.alpha()), v);
            default:
                return v;
        }
    }

    /** out_k = e^(net_k - max) / sum_j e^(net_j - max), sums in neuron order. */
    private Statement softmax() {
        return loop(120, CodeBlock.builder().add("{\n$>")
                .addStatement("double max = $N[0]", a.net())
                .beginControlFlow("for (int j = 1; j < $L; j++)", n)
                .addStatement("max = $T.max(max, $N[j])", Math.class, a.net())
                .endControlFlow()
                .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                .addStatement("$N[j] = $T.exp($N[j] - max)", a.exp(), Exp.class, a.net())
                .endControlFlow()
                .addStatement("double sum = $N[0]", a.exp())
                .beginControlFlow("for (int j = 1; j < $L; j++)", n)
                .addStatement("sum += $N[j]", a.exp())
                .endControlFlow()
                .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                .addStatement("$N[j] = $N[j] / sum", a.out(), a.exp())
                .endControlFlow()
                .addStatement("$N = max", a.max())
                .addStatement("$N = sum", a.sum())
                .add("$<}\n").build());
    }

    /** A hidden layer's delta: dL/dout (written by the next layer) through the activation's derivative. */
    List<Statement> hiddenDelta() {
        List<Statement> out = new ArrayList<>();
        out.add(loop(50, CodeBlock.builder().beginControlFlow("for (int j = 0; j < $L; j++)", n)
                .addStatement("$N[j] = $L", a.delta(), derivative(CodeBlock.of("$N[j]", a.dout()), "j"))
                .endControlFlow().build()));
        return out;
    }

    /** {@code g} (dL/dout of neuron {@code index}) through the element-wise activation's derivative. */
    CodeBlock derivative(CodeBlock g, String index) {
        switch (layer.activation()) {
            case SIGMOID:
                return CodeBlock.of("$L * $N[$L] * (1 - $N[$L])", g, a.out(), index, a.out(), index);
            case TANH:
                return CodeBlock.of("$L * (1 - $N[$L] * $N[$L])", g, a.out(), index, a.out(), index);
            case RELU:
                return CodeBlock.of("$N[$L] > 0 ? $L : 0.0", a.net(), index, g);
            case LEAKY_RELU:
                return CodeBlock.of("$N[$L] > 0 ? $L : $L * $L", a.net(), index, g,
                        ExpressionWriter.literal(layer.alpha()), g);
            case LINEAR:
                return g;
            default:
                throw new IllegalStateException("not element-wise: " + layer.activation());
        }
    }

    /**
     * From delta: dL/d(input) into {@code dIn} (absent for the first layer), and the gradient of the
     * weights and biases, added to the sums or, with {@code fused}, subtracted from the parameters
     * at once ({@code p -= rate * g}, plain sgd on a batch of one: the same bits as summing into a
     * cleared sum and updating). The gradient is passed back before any weight changes.
     */
    List<Statement> gradients(String dIn, boolean fused) {
        List<Statement> out = new ArrayList<>();
        if (a.plan().layout() == Layout.INPUT_MAJOR) {
            if (dIn != null) {
                out.addAll(inputDots(dIn));
            }
            out.addAll(inputRowUpdates(fused));
        } else {
            out.addAll(neuronAxpys(dIn, fused));
        }
        biasGradient(fused).ifPresent(out::add);
        return out;
    }

    /**
     * Input-major weight gradient: w[i][j] gets delta[j] * in[i], added to the sums or (fused)
     * applied at once; four rows per pass over delta, each row indexed by the same {@code j}.
     */
    private List<Statement> inputRowUpdates(boolean fused) {
        List<Statement> out = new ArrayList<>();
        int blocked = m - m % ROWS;
        String matrix = fused ? a.w() : a.dw();
        if (blocked > 0) {
            CodeBlock.Builder b = CodeBlock.builder();
            if (fused) {
                b.add("{\n$>").addStatement("double r = $N", a.rate());
            }
            b.beginControlFlow("for (int i = 0; i < $L; i += $L)", blocked, ROWS);
            for (int r = 0; r < ROWS; r++) {
                b.addStatement("double[] row$L = $N[i + $L]", r, matrix, r).addStatement("double a$L = $N[i + $L]", r, in, r);
            }
            b.beginControlFlow("for (int j = 0; j < $L; j++)", n).addStatement("double d = $N[j]", a.delta());
            for (int r = 0; r < ROWS; r++) {
                b.addStatement(fused ? "row$L[j] -= r * (d * a$L)" : "row$L[j] += d * a$L", r, r);
            }
            b.endControlFlow().endControlFlow();
            if (fused) {
                b.add("$<}\n");
            }
            out.add(loop(130, b.build()));
        }
        if (blocked < m) {
            CodeBlock.Builder b = CodeBlock.builder();
            if (fused) {
                b.add("{\n$>").addStatement("double r = $N", a.rate());
            }
            b.beginControlFlow("for (int i = $L; i < $L; i++)", blocked, m)
                    .addStatement("double a = $N[i]", in)
                    .addStatement("double[] row = $N[i]", matrix)
                    .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                    .addStatement(fused ? "row[j] -= r * ($N[j] * a)" : "row[j] += $N[j] * a", a.delta())
                    .endControlFlow().endControlFlow();
            if (fused) {
                b.add("$<}\n");
            }
            out.add(loop(70, b.build()));
        }
        return out;
    }

    /**
     * Input-major: dIn[i] = sum_j delta[j] * w[i][j], four inputs at once, each in neuron order
     * (the last four again when the inputs do not come in fours).
     */
    private List<Statement> inputDots(String dIn) {
        if (m < ROWS) {
            return List.of(loop(60, CodeBlock.builder()
                    .beginControlFlow("for (int i = 0; i < $L; i++)", m)
                    .addStatement("double[] row = $N[i]", a.w())
                    .addStatement("double s = $N[0] * row[0]", a.delta())
                    .beginControlFlow("for (int j = 1; j < $L; j++)", n)
                    .addStatement("s += $N[j] * row[j]", a.delta())
                    .endControlFlow()
                    .addStatement("$N[i] = s", dIn)
                    .endControlFlow().build()));
        }
        CodeBlock.Builder body = CodeBlock.builder();
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("double[] row$L = $N[i + $L]", r, a.w(), r);
        }
        body.addStatement("double d = $N[0]", a.delta());
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("double s$L = d * row$L[0]", r, r);
        }
        body.beginControlFlow("for (int j = 1; j < $L; j++)", n).addStatement("d = $N[j]", a.delta());
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("s$L += d * row$L[j]", r, r);
        }
        body.endControlFlow();
        for (int r = 0; r < ROWS; r++) {
            body.addStatement("$N[i + $L] = s$L", dIn, r, r);
        }
        return blocks(m, body.build(), "i");
    }

    /**
     * Neuron-major: one pass over each neuron's row does both axpy loops, dIn += delta[j] * w[j]
     * (reading the weight before it changes) and the weight gradient.
     */
    private List<Statement> neuronAxpys(String dIn, boolean fused) {
        List<Statement> out = new ArrayList<>();
        out.add(neuronRows(dIn, fused, 0, 1));
        if (n > 1) {
            out.add(neuronRows(dIn, fused, 1, n));
        }
        return out;
    }

    /** Rows {@code from..to} of {@link #neuronAxpys}; the first row starts the sums dIn. */
    private Statement neuronRows(String dIn, boolean fused, int from, int to) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (fused) {
            b.add("{\n$>").addStatement("double r = $N", a.rate());
        }
        b.beginControlFlow("for (int j = $L; j < $L; j++)", from, to)
                .addStatement("double d = $N[j]", a.delta())
                .addStatement("double[] row = $N[j]", a.w());
        if (!fused) {
            b.addStatement("double[] gradient = $N[j]", a.dw());
        }
        b.beginControlFlow("for (int i = 0; i < $L; i++)", m);
        if (dIn != null) {
            b.addStatement(from == 0 ? "$N[i] = d * row[i]" : "$N[i] += d * row[i]", dIn);
        }
        if (fused) {
            b.addStatement("row[i] -= r * (d * $N[i])", in);
        } else {
            b.addStatement("gradient[i] += d * $N[i]", in);
        }
        b.endControlFlow().endControlFlow();
        if (fused) {
            b.add("$<}\n");
        }
        return loop(90, b.build());
    }

    private java.util.Optional<Statement> biasGradient(boolean fused) {
        Layer l = layer;
        if (l.bias().mode() == BiasMode.NONE || l.bias().frozen()) {
            return java.util.Optional.empty();
        }
        if (l.bias().mode() == BiasMode.PER_NEURON) {
            CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("for (int j = 0; j < $L; j++)", n);
            if (fused) {
                b.addStatement("$N[j] -= $N * $N[j]", a.b(), a.rate(), a.delta());
            } else {
                b.addStatement("$N[j] += $N[j]", a.db(), a.delta());
            }
            return java.util.Optional.of(loop(40, b.endControlFlow().build()));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("{\n$>")
                .addStatement("double s = $N[0]", a.delta())
                .beginControlFlow("for (int j = 1; j < $L; j++)", n)
                .addStatement("s += $N[j]", a.delta())
                .endControlFlow();
        if (fused) {
            b.addStatement("$N[0] -= $N * s", a.b(), a.rate());
        } else {
            b.addStatement("$N[0] += s", a.db());
        }
        return java.util.Optional.of(loop(50, b.add("$<}\n").build()));
    }

    private static Statement loop(int cost, CodeBlock code) {
        return new Statement(code, cost);
    }
}
