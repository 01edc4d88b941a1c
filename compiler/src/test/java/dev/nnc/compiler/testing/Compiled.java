package dev.nnc.compiler.testing;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.emit.JavaEmitter;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Network;

/** Runs the back end on a model: graph, derivative, source, and a live instance of the class. */
public final class Compiled {
    private Compiled() {
    }

    public static Backward backward(Network model) {
        return Differentiator.differentiate(ForwardBuilder.build(model));
    }

    public static JavaFile source(Network model, String packageName) {
        return JavaEmitter.emit(backward(model), new EmitOptions(packageName, "test"));
    }

    public static dev.nnc.runtime.Network instance(Network model) {
        return InMemoryCompiler.instantiate(source(model, ""));
    }
}
