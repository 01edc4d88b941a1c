package dev.nnc.compiler.emit;

import static dev.nnc.compiler.emit.LoopCode.ROWS;
import static dev.nnc.compiler.emit.LoopCode.blocks;
import static dev.nnc.compiler.emit.LoopCode.loop;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.plan.Layout;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass of one loop layer: its delta, the adjoints of its inputs for the layer before
 * it, and its weights' gradient (summed, or applied at once by the fused sgd step). Sums run in the
 * unrolled equations' order (a hidden adjoint over the next layer's neurons in order), and the
 * gradient is passed back before any weight changes.
 */
final class LoopBackwardWriter {
    private final LoopArrays a;
    private final Layer layer;
    private final int n;
    private final int m;
    private final String in;
    private final VectorAxpyWriter vectors;

    /**
     * @param in the array holding the layer's inputs (the previous layer's outputs, or the inputs)
     * @param vectors writes the input-major weight gradient with the Vector API, or null for scalar loops
     */
    LoopBackwardWriter(LoopArrays arrays, String in, VectorAxpyWriter vectors) {
        this.a = arrays;
        this.vectors = vectors;
        this.layer = arrays.layer();
        this.n = layer.size();
        this.m = layer.fanIn();
        this.in = in;
    }

    LoopArrays arrays() {
        return a;
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
        return new ActivationCode(layer, a.scalar()).derivative(CodeBlock.of("$N[$L]", a.net(), index),
                CodeBlock.of("$N[$L]", a.out(), index), g);
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
            out.addAll(vectors != null ? vectors.gradient(fused) : inputRowUpdates(fused));
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
                b.add("{\n$>").addStatement("$T r = $N", a.scalar().type(), a.rate());
            }
            b.beginControlFlow("for (int i = 0; i < $L; i += $L)", blocked, ROWS);
            for (int r = 0; r < ROWS; r++) {
                b.addStatement("$T row$L = $N[$L]", a.scalar().array(), r, matrix, LoopCode.plus("i", r))
                        .addStatement("$T a$L = $N[$L]", a.scalar().type(), r, in, LoopCode.plus("i", r));
            }
            b.beginControlFlow("for (int j = 0; j < $L; j++)", n).addStatement("$T d = $N[j]", a.scalar().type(), a.delta());
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
                b.add("{\n$>").addStatement("$T r = $N", a.scalar().type(), a.rate());
            }
            b.beginControlFlow("for (int i = $L; i < $L; i++)", blocked, m)
                    .addStatement("$T a = $N[i]", a.scalar().type(), in)
                    .addStatement("$T row = $N[i]", a.scalar().array(), matrix)
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
     * Input-major: dIn[i] = sum_j delta[j] * w[i][j], several inputs at once ({@link
     * LoopCode#dotBlock}), each in neuron order (the last block again when the inputs do not come
     * in whole blocks).
     */
    private List<Statement> inputDots(String dIn) {
        int size = LoopCode.dotBlock(m);
        CodeBlock.Builder body = CodeBlock.builder();
        for (int r = 0; r < size; r++) {
            body.addStatement("$T row$L = $N[$L]", a.scalar().array(), r, a.w(), LoopCode.plus("i", r));
        }
        body.addStatement("$T d = $N[0]", a.scalar().type(), a.delta());
        for (int r = 0; r < size; r++) {
            body.addStatement("$T s$L = d * row$L[0]", a.scalar().type(), r, r);
        }
        if (n > 1) {
            body.beginControlFlow("for (int j = 1; j < $L; j++)", n).addStatement("d = $N[j]", a.delta());
            for (int r = 0; r < size; r++) {
                body.addStatement("s$L += d * row$L[j]", r, r);
            }
            body.endControlFlow();
        }
        for (int r = 0; r < size; r++) {
            body.addStatement("$N[$L] = s$L", dIn, LoopCode.plus("i", r), r);
        }
        return blocks(m, size, body.build(), "i");
    }

    /**
     * Neuron-major: one pass over two neurons' rows does both axpy loops, dIn += delta[j] * w[j] +
     * delta[j+1] * w[j+1] (still added in neuron order, reading the weights before they change) and
     * the weight gradient; two rows per pass take a third less time than one.
     */
    private List<Statement> neuronAxpys(String dIn, boolean fused) {
        List<Statement> out = new ArrayList<>();
        int pairs = n - n % 2;
        if (pairs > 0) {
            out.add(neuronRows(dIn, fused, 0, 2, 2));
        }
        if (pairs > 2) {
            out.add(neuronRows(dIn, fused, 2, pairs, 2));
        }
        if (pairs < n) {
            out.add(neuronRows(dIn, fused, pairs, n, 1));
        }
        return out;
    }

    /**
     * Rows {@code from..to} of {@link #neuronAxpys}, {@code size} (one or two) per pass; the rows
     * from 0 start the sums dIn.
     */
    private Statement neuronRows(String dIn, boolean fused, int from, int to, int size) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (fused) {
            b.add("{\n$>").addStatement("$T r = $N", a.scalar().type(), a.rate());
        }
        b.beginControlFlow("for (int j = $L; j < $L; j += $L)", from, to, size);
        for (int r = 0; r < size; r++) {
            b.addStatement("$T d$L = $N[$L]", a.scalar().type(), r, a.delta(), LoopCode.plus("j", r))
                    .addStatement("$T row$L = $N[$L]", a.scalar().array(), r, a.w(), LoopCode.plus("j", r));
            if (!fused) {
                b.addStatement("$T gradient$L = $N[$L]", a.scalar().array(), r, a.dw(), LoopCode.plus("j", r));
            }
        }
        b.beginControlFlow("for (int i = 0; i < $L; i++)", m);
        if (fused) {
            b.addStatement("$T x = $N[i]", a.scalar().type(), in);
        }
        if (dIn != null) {
            CodeBlock.Builder sum = CodeBlock.builder();
            if (from > 0) {
                sum.add("$N[i] + ", dIn);
            }
            for (int r = 0; r < size; r++) {
                sum.add(r == 0 ? "d$L * row$L[i]" : " + d$L * row$L[i]", r, r);
            }
            b.addStatement("$N[i] = $L", dIn, sum.build());
        }
        for (int r = 0; r < size; r++) {
            if (fused) {
                b.addStatement("row$L[i] -= r * (d$L * x)", r, r);
            } else {
                b.addStatement("gradient$L[i] += d$L * $N[i]", r, r, in);
            }
        }
        b.endControlFlow().endControlFlow();
        if (fused) {
            b.add("$<}\n");
        }
        return loop(90 + 40 * size, b.build());
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
                .addStatement("$T s = $N[0]", a.scalar().type(), a.delta())
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
}
