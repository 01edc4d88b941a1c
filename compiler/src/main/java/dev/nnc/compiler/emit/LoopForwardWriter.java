package dev.nnc.compiler.emit;

import static dev.nnc.compiler.emit.LoopCode.ROWS;
import static dev.nnc.compiler.emit.LoopCode.blocks;
import static dev.nnc.compiler.emit.LoopCode.loop;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.plan.Layout;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward pass of one loop layer: loops over the layer's arrays with its sizes baked in,
 * allocating nothing. Each net input adds its terms in input order and then the bias, as the
 * unrolled equations do, so a loop layer computes the same bits as the same layer unrolled; the
 * layout ({@link Layout}) makes the pass over the weights either an axpy loop the JIT vectorises
 * (input-major) or several independent dot products at a time (neuron-major).
 */
final class LoopForwardWriter {
    private final LoopArrays a;
    private final Layer layer;
    private final int n;
    private final int m;
    private final String in;
    private final VectorAxpyWriter vectors;

    /**
     * @param in the array holding the layer's inputs (the previous layer's outputs, or the inputs)
     * @param vectors writes the input-major axpy loops with the Vector API, or null for scalar loops
     */
    LoopForwardWriter(LoopArrays arrays, String in, VectorAxpyWriter vectors) {
        this.a = arrays;
        this.vectors = vectors;
        this.layer = arrays.layer();
        this.n = layer.size();
        this.m = layer.fanIn();
        this.in = in;
    }

    /** net = W in + b and out = act(net). */
    List<Statement> forward() {
        List<Statement> out = new ArrayList<>(LoopCode.comment(a, "forward"));
        if (a.plan().layout() == Layout.INPUT_MAJOR) {
            out.addAll(vectors != null ? vectors.forward() : inputAxpys());
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
                    .addStatement("$T row = $N[0]", a.scalar().array(), a.w())
                    .addStatement("$T a = $N[0]", a.scalar().type(), in)
                    .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                    .addStatement("$N[j] = row[j] * a", a.net())
                    .endControlFlow().add("$<}\n").build()));
        }
        int from = Math.max(blocked, 1);
        if (from < m) {
            out.add(loop(60, CodeBlock.builder()
                    .beginControlFlow("for (int i = $L; i < $L; i++)", from, m)
                    .addStatement("$T row = $N[i]", a.scalar().array(), a.w())
                    .addStatement("$T a = $N[i]", a.scalar().type(), in)
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
            b.addStatement("$T row$L = $N[$L]", a.scalar().array(), r, a.w(), LoopCode.plus("i", r))
                    .addStatement("$T a$L = $N[$L]", a.scalar().type(), r, in, LoopCode.plus("i", r));
            sum.add(r == 0 ? "row$L[j] * a$L" : " + row$L[j] * a$L", r, r);
        }
        return b.beginControlFlow("for (int j = 0; j < $L; j++)", n).addStatement("$N[j] = $L", a.net(), sum.build())
                .endControlFlow().build();
    }

    /**
     * Neuron-major forward: several neurons' dot products at once ({@link LoopCode#dotBlock}), each
     * in input order. When the neurons do not come in whole blocks, the last block is computed again
     * (two chains of additions computing the same value write the same bits) rather than one by one.
     */
    private List<Statement> neuronDots() {
        int size = LoopCode.dotBlock(n);
        CodeBlock.Builder body = CodeBlock.builder();
        for (int r = 0; r < size; r++) {
            body.addStatement("$T row$L = $N[$L]", a.scalar().array(), r, a.w(), LoopCode.plus("j", r));
        }
        body.addStatement("$T a = $N[0]", a.scalar().type(), in);
        for (int r = 0; r < size; r++) {
            body.addStatement("$T s$L = row$L[0] * a", a.scalar().type(), r, r);
        }
        if (m > 1) {
            body.beginControlFlow("for (int i = 1; i < $L; i++)", m).addStatement("a = $N[i]", in);
            for (int r = 0; r < size; r++) {
                body.addStatement("s$L += row$L[i] * a", r, r);
            }
            body.endControlFlow();
        }
        for (int r = 0; r < size; r++) {
            body.addStatement("$N[$L] = s$L", a.net(), LoopCode.plus("j", r), r);
        }
        return blocks(n, size, body.build(), "j");
    }

    /** Adds the bias to each net input and applies the (element-wise) activation. */
    private Statement activation() {
        CodeBlock.Builder b = CodeBlock.builder().beginControlFlow("for (int j = 0; j < $L; j++)", n);
        BiasMode mode = layer.bias().mode();
        if (mode == BiasMode.NONE) {
            b.addStatement("$T v = $N[j]", a.scalar().type(), a.net());
        } else {
            b.addStatement("$T v = $N[j] + $N[$L]", a.scalar().type(), a.net(), a.b(), mode == BiasMode.SHARED ? "0" : "j");
            b.addStatement("$N[j] = v", a.net());
        }
        if (layer.activation() != Activation.SOFTMAX && layer.activation() != Activation.LINEAR) {
            b.addStatement("$N[j] = $L", a.out(), activate(CodeBlock.of("v")));
        }
        return loop(50, b.endControlFlow().build());
    }

    private CodeBlock activate(CodeBlock v) {
        return new ActivationCode(layer, a.scalar()).forward(v);
    }

    /** out_k = e^(net_k - max) / sum_j e^(net_j - max), sums in neuron order. */
    private Statement softmax() {
        return loop(120, CodeBlock.builder().add("{\n$>")
                .addStatement("$T max = $N[0]", a.scalar().type(), a.net())
                .beginControlFlow("for (int j = 1; j < $L; j++)", n)
                .addStatement("max = $T.max(max, $N[j])", Math.class, a.net())
                .endControlFlow()
                .beginControlFlow("for (int j = 0; j < $L; j++)", n)
                .addStatement("$N[j] = $L", a.exp(),
                        a.scalar().exp(CodeBlock.of("$N[j] - max", a.net())))
                .endControlFlow()
                .addStatement("$T sum = $N[0]", a.scalar().type(), a.exp())
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
}
