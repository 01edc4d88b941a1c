package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimizer's update of a loop layer's parameters from their gradient sums, in the same
 * arithmetic as the unrolled update of each parameter ({@link UpdateWriter}).
 */
final class LoopUpdateWriter {
    private final LoopArrays a;
    private final Names names;

    LoopUpdateWriter(LoopArrays arrays, Names names) {
        this.a = arrays;
        this.names = names;
    }

    /** The optimizer's step for every trainable array, then clears its sums: one loop each. */
    List<Statement> update() {
        List<Statement> out = new ArrayList<>();
        for (String array : a.trainableArrays()) {
            out.add(new Statement(updateLoop(array), 100));
        }
        return out;
    }

    /**
     * The update of one parameter array (or of each row of the weights), with every array in the
     * loop indexed by the same {@code k} so that the JIT vectorises it.
     */
    private CodeBlock updateLoop(String array) {
        boolean matrix = array.equals("w");
        String rate = a.rate();
        String batch = names.get(Names.Member.BATCH);
        String p = matrix ? "p" : a.get(array);
        String g = matrix ? "g" : a.get("d" + array);
        CodeBlock.Builder b = CodeBlock.builder();
        if (matrix) {
            b.beginControlFlow("for (int r = 0; r < $L; r++)", a.rows())
                    .addStatement("$T p = $N[r]", a.scalar().array(), a.get(array))
                    .addStatement("$T g = $N[r]", a.scalar().array(), a.get("d" + array));
            for (String state : a.stateKinds()) {
                b.addStatement("$T $L = $N[r]", a.scalar().array(), state, a.get(state + array));
            }
        }
        b.beginControlFlow("for (int k = 0; k < $L; k++)", matrix ? a.rowLength() : a.length(array));
        switch (a.network().optimizer().kind()) {
            case SGD:
                b.addStatement("$N[k] -= $N * ($N[k] / $N)", p, rate, g, batch);
                break;
            case MOMENTUM: {
                String v = matrix ? "v" : a.get("v" + array);
                b.addStatement("$T mean = $N[k] / $N", a.scalar().type(), g, batch)
                        .addStatement("$N[k] = $N * $N[k] + mean", v, names.get(Names.Member.BETA), v)
                        .addStatement("$N[k] -= $N * $N[k]", p, rate, v);
                break;
            }
            case ADAM: {
                String m = matrix ? "m" : a.get("m" + array);
                String v = matrix ? "v" : a.get("v" + array);
                String beta1 = names.get(Names.Member.BETA1);
                String beta2 = names.get(Names.Member.BETA2);
                b.addStatement("$T mean = $N[k] / $N", a.scalar().type(), g, batch)
                        .addStatement("$N[k] = $N * $N[k] + (1 - $N) * mean", m, beta1, m, beta1)
                        .addStatement("$N[k] = $N * $N[k] + (1 - $N) * mean * mean", v, beta2, v, beta2)
                        .addStatement("$N[k] -= $N * ($N[k] / $N) / ($L + $N)", p, rate, m,
                                names.get(Names.Member.CORRECTION1), a.scalar().fromDouble(CodeBlock.of(
                                        "$T.sqrt($N[k] / $N)", Math.class, v, names.get(Names.Member.CORRECTION2))),
                                names.get(Names.Member.EPS));
                break;
            }
            default:
                throw new IllegalStateException(a.network().optimizer().kind().toString());
        }
        b.addStatement("$N[k] = 0", g).endControlFlow();
        return matrix ? b.endControlFlow().build() : b.build();
    }
}
