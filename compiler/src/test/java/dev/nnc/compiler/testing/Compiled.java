package dev.nnc.compiler.testing;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.emit.JavaEmitter;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.plan.CodeSizeGovernor;
import dev.nnc.compiler.plan.Plan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Runs the back end on a model: graph, derivative, source, and a live instance of the class. */
public final class Compiled {
    private Compiled() {
    }

    public static Backward backward(Network model) {
        return Differentiator.differentiate(ForwardBuilder.build(model));
    }

    /** The source the compiler emits for {@code model}, as its code-size governor plans it, with scalar loops. */
    public static JavaFile source(Network model, String packageName) {
        return source(model, packageName, Precision.DOUBLE, false);
    }

    /** The same, with the Vector API in input-major loop layers when {@code vectorApi}. */
    public static JavaFile source(Network model, String packageName, boolean vectorApi) {
        return source(model, packageName, Precision.DOUBLE, vectorApi);
    }

    /** The source the compiler emits for {@code model} in {@code precision}, with or without the Vector API. */
    public static JavaFile source(Network model, String packageName, Precision precision, boolean vectorApi) {
        Plan plan = CodeSizeGovernor.plan(model, Optional.empty()).value()
                .orElseThrow(() -> new AssertionError("no plan for " + model.name()));
        return JavaEmitter.emit(StageGraphs.build(plan), new EmitOptions(packageName, "test", vectorApi, precision))
                .javaFile();
    }

    /** Compiles many sources in two batches at once (javac is single-threaded; CI has two cores). */
    public static Map<String, Class<?>> compileAll(List<JavaFile> sources) {
        int half = sources.size() / 2;
        CompletableFuture<Map<String, Class<?>>> first =
                CompletableFuture.supplyAsync(() -> InMemoryCompiler.compileAll(sources.subList(0, half)));
        Map<String, Class<?>> classes = new HashMap<>(InMemoryCompiler.compileAll(sources.subList(half, sources.size())));
        classes.putAll(first.join());
        return classes;
    }

    public static dev.nnc.runtime.Network instance(Network model) {
        return InMemoryCompiler.instantiate(source(model, ""));
    }
}
