package dev.nnc.compiler;

import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.plan.CodeSizeGovernor;
import dev.nnc.compiler.plan.Plan;
import java.util.Optional;

/**
 * The compiler's pipeline, as the README tells it, each phase's product an immutable value handed
 * to the next: parse and check ({@link Network}) → plan the code, unrolled or loops per layer
 * ({@link Plan}) → build and differentiate the graph of each run of unrolled layers, once
 * ({@link dev.nnc.compiler.graph.StageGraphs}) → emit the class and its symbol table
 * ({@link dev.nnc.compiler.emit.EmittedClass}); the last two when first needed
 * ({@link CompiledNetwork}). It stops after any phase that reported errors.
 */
public final class NncCompiler {
    /** The compiler's version, stamped in every generated file. */
    public static final String VERSION = "0.1.0";

    private NncCompiler() {
    }

    /** Compiles {@code file} into a Java class in {@code packageName} ("" for none), with scalar loops. */
    public static Result<CompiledNetwork> compile(SourceFile file, String packageName) {
        return compile(file, packageName, false);
    }

    /**
     * Compiles {@code file} into a Java class in {@code packageName} ("" for none); with {@code
     * vectorApi}, input-major loop layers use the JDK's Vector API (see {@link EmitOptions}).
     */
    public static Result<CompiledNetwork> compile(SourceFile file, String packageName, boolean vectorApi) {
        return compile(file, packageName, vectorApi, Optional.empty());
    }

    /**
     * As {@link #compile(SourceFile, String, boolean)}, in {@code precision} when given (the
     * command line's {@code --precision}), else in the file's {@code precision} statement's.
     */
    public static Result<CompiledNetwork> compile(SourceFile file, String packageName, boolean vectorApi,
                                                  Optional<Precision> precision) {
        Result<Network> checked = Frontend.analyze(file);
        if (checked.hasErrors()) {
            return Result.failed(checked.diagnostics());
        }
        Network written = checked.value().orElseThrow();
        Network model = precision.map(written::withPrecision).orElse(written);
        Result<CompiledNetwork> compiled = compile(file, model, packageName, vectorApi, Optional.of(file.text()));
        return compiled.hasErrors() ? Result.failed(checked.plus(compiled.diagnostics()).diagnostics())
                : Result.of(compiled.value().orElseThrow(), checked.diagnostics());
    }

    /**
     * Compiles a checked network (of {@code file}, perhaps changed since: a sweep's combination) into a
     * Java class in {@code packageName}; the diagnostics are those of planning the code.
     */
    public static Result<CompiledNetwork> compile(SourceFile file, Network model, String packageName,
                                                  boolean vectorApi) {
        return compile(file, model, packageName, vectorApi, Optional.empty());
    }

    /** {@code text}: the file's text when {@code model} is what it says unchanged (see {@link CompiledNetwork#cacheText()}). */
    private static Result<CompiledNetwork> compile(SourceFile file, Network model, String packageName,
                                                   boolean vectorApi, Optional<String> text) {
        Result<Plan> planned = CodeSizeGovernor.plan(model, Optional.of(file));
        if (planned.hasErrors()) {
            return Result.failed(planned.diagnostics());
        }
        EmitOptions options = new EmitOptions(packageName, VERSION, vectorApi, model.precision());
        Optional<String> cacheText = text.map(t -> options + "\n" + model.classNames() + "\n" + t);
        CompiledNetwork compiled = new CompiledNetwork(file, model, planned.value().orElseThrow(), options, cacheText);
        return Result.of(compiled, planned.diagnostics());
    }
}
