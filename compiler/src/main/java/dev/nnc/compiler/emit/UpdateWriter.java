package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the optimizer's update of every trainable parameter from its gradient sum, which is
 * turned into the batch mean and cleared afterwards, in the tutorials' plain arithmetic
 * ({@code w -= rate * g}), which reproduces the reference results bit for bit.
 */
final class UpdateWriter {
    private final Names names;
    private final OptimizerSettings optimizer;
    private final Scalar scalar;

    UpdateWriter(Names names, OptimizerSettings optimizer, Scalar scalar) {
        this.names = names;
        this.optimizer = optimizer;
        this.scalar = scalar;
    }

    /** Tags of the optimizer's per-parameter state fields. */
    static Object velocityTag(int parameter) {
        return "velocity:" + parameter;
    }

    static Object momentTag(int parameter) {
        return "moment:" + parameter;
    }

    /** The state fields one parameter needs, as (tag, suggested name) pairs. */
    static List<Object[]> stateFields(OptimizerSettings optimizer, int parameter, String parameterName) {
        List<Object[]> fields = new ArrayList<>();
        switch (optimizer.kind()) {
            case MOMENTUM:
                fields.add(new Object[] {velocityTag(parameter), "v_" + parameterName});
                break;
            case ADAM:
                fields.add(new Object[] {momentTag(parameter), "m_" + parameterName});
                fields.add(new Object[] {velocityTag(parameter), "v_" + parameterName});
                break;
            default:
                break;
        }
        return fields;
    }

    /** The statements updating parameter {@code p} (field {@code w}) from its gradient sum. */
    List<Statement> update(int p, String w) {
        String g = names.get(PassWriter.gradientTag(p));
        String batch = names.get(Names.Member.BATCH);
        String rate = names.get(Names.Member.RATE);
        List<Statement> out = new ArrayList<>();
        switch (optimizer.kind()) {
            case SGD:
                out.add(Statement.of(24, "$N -= $N * ($N / $N)", w, rate, g, batch));
                break;
            case MOMENTUM: {
                String v = names.get(velocityTag(p));
                out.add(Statement.of(16, "$N /= $N", g, batch));
                out.add(Statement.of(24, "$N = $N * $N + $N", v, names.get(Names.Member.BETA), v, g));
                out.add(Statement.of(16, "$N -= $N * $N", w, rate, v));
                break;
            }
            case ADAM: {
                String m = names.get(momentTag(p));
                String v = names.get(velocityTag(p));
                String beta1 = names.get(Names.Member.BETA1);
                String beta2 = names.get(Names.Member.BETA2);
                out.add(Statement.of(16, "$N /= $N", g, batch));
                out.add(Statement.of(32, "$N = $N * $N + (1 - $N) * $N", m, beta1, m, beta1, g));
                out.add(Statement.of(36, "$N = $N * $N + (1 - $N) * $N * $N", v, beta2, v, beta2, g, g));
                out.add(Statement.of(44, "$N -= $N * ($N / $N) / ($L + $N)", w, rate, m,
                        names.get(Names.Member.CORRECTION1), scalar.fromDouble(CodeBlock.of("$T.sqrt($N / $N)",
                                Math.class, v, names.get(Names.Member.CORRECTION2))), names.get(Names.Member.EPS)));
                break;
            }
            default:
                throw new IllegalStateException(optimizer.kind().toString());
        }
        out.add(Statement.of(8, "$N = 0", g));
        return out;
    }
}
