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
 * ({@code jdk.incubator.vector}, 256-bit vectors of four doubles) instead of scalar loops left
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
    static final ClassName DOUBLE_VECTOR = ClassName.get("jdk.incubator.vector", "DoubleVector");
    static final ClassName VECTOR_SPECIES = ClassName.get("jdk.incubator.vector", "VectorSpecies");
    private static final int LANES = 4;
    private static final int REGISTERS = 8;
    private static final int CHUNK = LANES * REGISTERS;

    private final LoopArrays a;
    private final String species;
    private final String in;
    private final int n;
    private final int m;

    /**
     * @param species the name of the class's {@code VectorSpecies<Double>} constant
     * @param in the array holding the layer's inputs
     */
    VectorAxpyWriter(LoopArrays arrays, String species, String in) {
        this.a = arrays;
        this.species = species;
        this.in = in;
        this.n = arrays.layer().size();
        this.m = arrays.layer().fanIn();
    }

    /** Whether {@code layer} gets Vector API loops: an input-major loop layer of at least four neurons. */
    static boolean applies(dev.nnc.compiler.plan.LayerPlan layer) {
        return !layer.unrolled() && layer.layout() == dev.nnc.compiler.plan.Layout.INPUT_MAJOR
                && layer.layer().size() >= LANES;
    }

    /** {@code private static final VectorSpecies<Double> name = DoubleVector.SPECIES_256}. */
    static FieldSpec speciesField(String name) {
        return FieldSpec.builder(ParameterizedTypeName.get(VECTOR_SPECIES, ClassName.get(Double.class)), name,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("256-bit vectors: four doubles.\n")
                .initializer("$T.SPECIES_256", DOUBLE_VECTOR).build();
    }

    /** net[j] = w[0][j] in[0] + w[1][j] in[1] + ..., in input order. */
    List<Statement> forward() {
        List<Statement> out = new ArrayList<>();
        for (CodeBlock chunk : chunks(this::forwardChunk)) {
            out.add(new Statement(chunk, MethodSplitter.BUDGET));
        }
        int tail = n - n % LANES;
        if (tail < n) {
            CodeBlock.Builder b = CodeBlock.builder()
                    .beginControlFlow("for (int j = $L; j < $L; j++)", tail, n)
                    .addStatement("double s = $N[0][j] * $N[0]", a.w(), in);
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
                .addStatement("double[] row = $N[0]", a.w())
                .addStatement("$T a = $T.broadcast($N, $N[0])", DOUBLE_VECTOR, DOUBLE_VECTOR, species, in);
        for (int k = 0; k < vectors; k++) {
            b.addStatement("$T n$L = $T.fromArray($N, row, $L).mul(a)", DOUBLE_VECTOR, k, DOUBLE_VECTOR, species,
                    offset(k));
        }
        if (m > 1) {
            b.beginControlFlow("for (int i = 1; i < $L; i++)", m)
                    .addStatement("row = $N[i]", a.w())
                    .addStatement("a = $T.broadcast($N, $N[i])", DOUBLE_VECTOR, species, in);
            for (int k = 0; k < vectors; k++) {
                b.addStatement("n$L = n$L.add($T.fromArray($N, row, $L).mul(a))", k, k, DOUBLE_VECTOR, species,
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
        int tail = n - n % LANES;
        if (tail < n) {
            CodeBlock.Builder b = CodeBlock.builder().add("{\n$>");
            if (fused) {
                b.addStatement("double r = $N", a.rate());
            }
            b.beginControlFlow("for (int i = 0; i < $L; i++)", m)
                    .addStatement("double x = $N[i]", in)
                    .addStatement("double[] row = $N[i]", matrix)
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
            b.addStatement("$T r = $T.broadcast($N, $N)", DOUBLE_VECTOR, DOUBLE_VECTOR, species, a.rate());
        }
        for (int k = 0; k < vectors; k++) {
            b.addStatement("$T d$L = $T.fromArray($N, $N, $L)", DOUBLE_VECTOR, k, DOUBLE_VECTOR, species, a.delta(),
                    offset(k));
        }
        b.beginControlFlow("for (int i = 0; i < $L; i++)", m)
                .addStatement("double[] row = $N[i]", matrix)
                .addStatement("$T a = $T.broadcast($N, $N[i])", DOUBLE_VECTOR, DOUBLE_VECTOR, species, in);
        for (int k = 0; k < vectors; k++) {
            if (fused) {
                b.addStatement("$T.fromArray($N, row, $L).sub(r.mul(d$L.mul(a))).intoArray(row, $L)", DOUBLE_VECTOR,
                        species, offset(k), k, offset(k));
            } else {
                b.addStatement("$T.fromArray($N, row, $L).add(d$L.mul(a)).intoArray(row, $L)", DOUBLE_VECTOR,
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
        int vectors = n / LANES;
        int whole = vectors / REGISTERS;
        int rest = vectors % REGISTERS;
        List<CodeBlock> out = new ArrayList<>();
        if (whole == 1) {
            out.add(block(0, body.apply(REGISTERS)));
        } else if (whole > 1) {
            out.add(CodeBlock.builder()
                    .beginControlFlow("for (int c = 0; c < $L; c += $L)", whole * CHUNK, CHUNK)
                    .add(body.apply(REGISTERS)).endControlFlow().build());
        }
        if (rest > 0) {
            out.add(block(whole * CHUNK, body.apply(rest)));
        }
        return out;
    }

    private static CodeBlock block(int c, CodeBlock body) {
        return CodeBlock.builder().add("{\n$>").addStatement("int c = $L", c).add(body).add("$<}\n").build();
    }

    private static String offset(int vector) {
        return vector == 0 ? "c" : "c + " + vector * LANES;
    }
}
