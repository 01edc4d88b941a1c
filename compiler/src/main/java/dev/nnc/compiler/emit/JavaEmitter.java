package dev.nnc.compiler.emit;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.plan.Plan;

/** Emits one Java class per network, its forward and backward passes written out equation by equation. */
public final class JavaEmitter {
    private JavaEmitter() {
    }

    /** The Java source of {@code plan}'s network, each layer written as the plan says. */
    public static JavaFile emit(Plan plan, EmitOptions options) {
        if (plan.allUnrolled()) {
            return emit(Differentiator.differentiate(ForwardBuilder.build(plan.network())), options);
        }
        return new StagedClassWriter(plan, options).write();
    }

    /** The Java source of the fully unrolled network whose derivative is {@code backward}. */
    public static JavaFile emit(Backward backward, EmitOptions options) {
        return new NetworkClassWriter(backward, options).write();
    }
}
