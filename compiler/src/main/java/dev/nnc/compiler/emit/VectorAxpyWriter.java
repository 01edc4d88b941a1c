package dev.nnc.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The axpy loops of an input-major loop layer written with the JDK's Vector API
 * ({@code jdk.incubator.vector}, 256-bit vectors of four doubles or eight floats) instead of scalar loops left
 * to the JIT's auto-vectoriser: the forward pass keeps up to 32 net inputs in eight vector
 * registers while it runs over the inputs, and the weight gradient keeps up to 32 deltas in
 * registers while it runs over the rows. Every lane does the scalar code's operations in the
 * scalar code's order (no fused multiply-add), so the results are the same bits. Neurons left
 * over after the whole vectors are done by scalar loops.
 *
 * <p>Each loop is a statement costing a whole method's budget, so the {@link MethodSplitter} gives
 * it a method of its own: the JIT must inline the Vector API's calls to turn them into
 * instructions, and it does so reliably in small methods.
 */
final class VectorAxpyWriter {
    static final ClassName VECTOR_SPECIES = ClassName.get("jdk.incubator.vector", "VectorSpecies");
    private static final int REGISTERS = 8;

    private final LoopArrays a;
    private final String species;
    private final String in;
    private final int n;
    private final int m;
    /** {@code DoubleVector} or {@code FloatVector}. */
    private final ClassName vector;
    /** Lanes of one vector, and neurons of a chunk of {@link #REGISTERS} vectors. */
    private final int lanes;
    private final int chunk;

    /**
     * @param species the name of the class's {@code VectorSpecies<Double>} (or Float) constant
     * @param in the array holding the layer's inputs
     */
    VectorAxpyWriter(LoopArrays arrays, String species, String in) {
        this.a = arrays;
        this.species = species;
        this.in = in;
        this.n = arrays.layer().size();
        this.m = arrays.layer().fanIn();
        this.vector = arrays.scalar().vector();
        this.lanes = arrays.scalar().lanes();
        this.chunk = lanes * REGISTERS;
    }

    /**
     * Whether {@code layer} gets Vector API loops: an input-major loop layer with at least one
     * vector of neurons (four doubles, eight floats).
     */
    static boolean applies(dev.nnc.compiler.plan.LayerPlan layer, Scalar scalar) {
        return !layer.unrolled() && layer.layout() == dev.nnc.compiler.plan.Layout.INPUT_MAJOR
                && layer.layer().size() >= scalar.lanes();
    }

    /** {@code private static final VectorSpecies<Double> name = DoubleVector.SPECIES_256} (or Float). */
    static FieldSpec speciesField(String name, Scalar scalar) {
        return FieldSpec.builder(ParameterizedTypeName.get(VECTOR_SPECIES, scalar.boxed()), name,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("256-bit vectors: $L $Ls.\n", scalar.lanes() == 4 ? "four" : "eight", scalar.type())
                .initializer("$T.SPECIES_256", scalar.vector()).build();
    }

    /** net[j] = w[0][j] in[0] + w[1][j] in[1] + ..., in input order. */
    List<Statement> forward() {
        List<Statement> out = new ArrayList<>();
        for (CodeBlock chunk : chunks(this::forwardChunk)) {
            out.add(new Statement(chunk, MethodSplitter.BUDGET));
        }
        int tail = n - n % lanes;
        if (tail < n) {
            CodeBlock.Builder b = CodeBlock.builder()
                    .beginControlFlow("for (int j = $L; j < $L; j++)", tail, n)
                    .addStatement("$T s = $N[0][j] * $N[0]", a.scalar().type(), a.w(), in);
            if (m > 1) {
                b.beginControlFlow("for (int i = 1; i < $L; i++)", m)
                        .addStatement("s += $N[i][j] * $N[i]", a.w(), in)
                        .endControlFlow();
            }
            out.add(LoopCode.loop(60, b.addStatement("$N[j] = s", a.net()).endControlFlow().build()));
        }
        return out;
    }

    /** Net inputs c .. c + 4 vectors - 1: in registers while the loop runs over the inputs. */
    private CodeBlock forwardChunk(int vectors) {
        CodeBlock.Builder b = CodeBlock.builder()
                .addStatement("$T row = $N[0]", a.scalar().array(), a.w())
                .addStatement("$T a = $T.broadcast($N, $N[0])", vector, vector, species, in);
        for (int k = 0; k < vectors; k++) {
            b.addStatement("$T n$L = $T.fromArray($N, row, $L).mul(a)", vector, k, vector, species,
                    offset(k));
        }
        if (m > 1) {
            b.beginControlFlow("for (int i = 1; i < $L; i++)", m)
                    .addStatement("row = $N[i]", a.w())
                    .addStatement("a = $T.broadcast($N, $N[i])", vector, species, in);
            for (int k = 0; k < vectors; k++) {
                b.addStatement("n$L = n$L.add($T.fromArray($N, row, $L).mul(a))", k, k, vector, species,
                        offset(k));
            }
            b.endControlFlow();
        }
        for (int k = 0; k < vectors; k++) {
            b.addStatement("n$L.intoArray($N, $L)", k, a.net(), offset(k));
        }
        return b.build();
    }

    /**
     * The weight gradient delta[j] in[i]: added to the sums, or with {@code fused} subtracted from
     * the weights at once as {@code w -= rate * (delta * in)}.
     */
    List<Statement> gradient(boolean fused) {
        String matrix = fused ? a.w() : a.dw();
        List<Statement> out = new ArrayList<>();
        for (CodeBlock chunk : chunks(vectors -> gradientChunk(vectors, matrix, fused))) {
            out.add(new Statement(chunk, MethodSplitter.BUDGET));
        }
        int tail = n - n % lanes;
        if (tail < n) {
            CodeBlock.Builder b = CodeBlock.builder().add("{\n$>");
            if (fused) {
                b.addStatement("$T r = $N", a.scalar().type(), a.rate());
            }
            b.beginControlFlow("for (int i = 0; i < $L; i++)", m)
                    .addStatement("$T x = $N[i]", a.scalar().type(), in)
                    .addStatement("$T row = $N[i]", a.scalar().array(), matrix)
                    .beginControlFlow("for (int j = $L; j < $L; j++)", tail, n)
                    .addStatement(fused ? "row[j] -= r * ($N[j] * x)" : "row[j] += $N[j] * x", a.delta())
                    .endControlFlow().endControlFlow();
            out.add(LoopCode.loop(70, b.add("$<}\n").build()));
        }
        return out;
    }

    /** Weights c .. c + 4 vectors - 1 of every row, the deltas held in registers. */
    private CodeBlock gradientChunk(int vectors, String matrix, boolean fused) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (fused) {
            b.addStatement("$T r = $T.broadcast($N, $N)", vector, vector, species, a.rate());
        }
        for (int k = 0; k < vectors; k++) {
            b.addStatement("$T d$L = $T.fromArray($N, $N, $L)", vector, k, vector, species, a.delta(),
                    offset(k));
        }
        b.beginControlFlow("for (int i = 0; i < $L; i++)", m)
                .addStatement("$T row = $N[i]", a.scalar().array(), matrix)
                .addStatement("$T a = $T.broadcast($N, $N[i])", vector, vector, species, in);
        for (int k = 0; k < vectors; k++) {
            if (fused) {
                b.addStatement("$T.fromArray($N, row, $L).sub(r.mul(d$L.mul(a))).intoArray(row, $L)", vector,
                        species, offset(k), k, offset(k));
            } else {
                b.addStatement("$T.fromArray($N, row, $L).add(d$L.mul(a)).intoArray(row, $L)", vector,
                        species, offset(k), k, offset(k));
            }
        }
        return b.endControlFlow().build();
    }

    /**
     * The chunks of whole vectors: a loop over the chunks of eight vectors (or one block when there
     * is one), then one block for the vectors left over; {@code c} is a chunk's first neuron.
     */
    private List<CodeBlock> chunks(java.util.function.IntFunction<CodeBlock> body) {
        int vectors = n / lanes;
        int whole = vectors / REGISTERS;
        int rest = vectors % REGISTERS;
        List<CodeBlock> out = new ArrayList<>();
        if (whole == 1) {
            out.add(block(0, body.apply(REGISTERS)));
        } else if (whole > 1) {
            out.add(CodeBlock.builder()
                    .beginControlFlow("for (int c = 0; c < $L; c += $L)", whole * chunk, chunk)
                    .add(body.apply(REGISTERS)).endControlFlow().build());
        }
        if (rest > 0) {
            out.add(block(whole * chunk, body.apply(rest)));
        }
        return out;
    }

    private static CodeBlock block(int c, CodeBlock body) {
        return CodeBlock.builder().add("{\n$>").addStatement("int c = $L", c).add(body).add("$<}\n").build();
    }

    private CodeBlock offset(int k) {
        return k == 0 ? CodeBlock.of("c") : CodeBlock.of("c + $L", k * lanes);
    }
}
