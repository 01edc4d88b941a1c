package dev.nnc.compiler.emit;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.graph.Backward;

/** Emits one Java class per network, its forward and backward passes written out equation by equation. */
public final class JavaEmitter {
    private JavaEmitter() {
    }

    /** The Java source of the network whose derivative is {@code backward}. */
    public static JavaFile emit(Backward backward, EmitOptions options) {
        return new NetworkClassWriter(backward, options).write();
    }
}
