package dev.nnc.compiler.emit;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.plan.Plan;

/** Emits one Java class per network, its forward and backward passes written out equation by equation. */
public final class JavaEmitter {
    private JavaEmitter() {
    }

    /** The Java source of {@code plan}'s network, each layer written as the plan says. */
    public static JavaFile emit(Plan plan, EmitOptions options) {
        return new StagedClassWriter(plan, options).write();
    }
}
