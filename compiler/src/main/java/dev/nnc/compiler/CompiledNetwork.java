package dev.nnc.compiler;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.Plan;

/**
 * Everything compiling one {@code .nn} file produced: the checked model, the plan of its code
 * (unrolled or loops, per layer), the Java source and the options it was written with.
 */
public record CompiledNetwork(SourceFile source, Network model, Plan plan, JavaFile javaFile, EmitOptions options) {
    /**
     * The derivative of the whole network as one expression graph, built on demand: its size grows
     * with the number of weights, so avoid it for large networks.
     */
    public Backward backward() {
        return Differentiator.differentiate(ForwardBuilder.build(model));
    }

    /** The generated class's qualified name. */
    public String className() {
        String pkg = javaFile.packageName();
        return pkg.isEmpty() ? javaFile.typeSpec().name() : pkg + "." + javaFile.typeSpec().name();
    }
}
