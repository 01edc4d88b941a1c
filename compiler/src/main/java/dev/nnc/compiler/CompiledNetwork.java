package dev.nnc.compiler;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.emit.EmittedClass;
import dev.nnc.compiler.emit.JavaEmitter;
import dev.nnc.compiler.emit.SymbolTable;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.Plan;
import java.util.Optional;

/**
 * Everything compiling one {@code .nn} file produced: the checked model, the plan of its code (per
 * layer, unrolled or loops), the graphs of that plan, the Java source emitted from them, the symbol
 * table recorded while emitting it, and the options it was written with.
 *
 * <p>The graphs and the source are made when first asked for, once (they are the costly part of
 * compiling a large network): a run that finds the network's class in the class cache by
 * {@link #cacheText()} never makes them.
 */
public final class CompiledNetwork {
    private final SourceFile source;
    private final Network model;
    private final Plan plan;
    private final EmitOptions options;
    private final Optional<String> cacheText;
    private final Emission emission;

    CompiledNetwork(SourceFile source, Network model, Plan plan, EmitOptions options, Optional<String> cacheText) {
        this(source, model, plan, options, cacheText, new Emission(plan, options));
    }

    private CompiledNetwork(SourceFile source, Network model, Plan plan, EmitOptions options,
                            Optional<String> cacheText, Emission emission) {
        this.source = source;
        this.model = model;
        this.plan = plan;
        this.options = options;
        this.cacheText = cacheText;
        this.emission = emission;
    }

    /** The {@code .nn} file compiled. */
    public SourceFile source() {
        return source;
    }

    /** The checked model. */
    public Network model() {
        return model;
    }

    /** The options the class is written with. */
    public EmitOptions options() {
        return options;
    }

    /** The plan of the network's code. */
    public Plan plan() {
        return plan;
    }

    /** The graphs of the plan, built on first use. */
    public StageGraphs graphs() {
        return emission.graphs();
    }

    /** The generated class, emitted on first use. */
    public JavaFile javaFile() {
        return emission.emitted().javaFile();
    }

    /** The symbols recorded while emitting the class. */
    public SymbolTable symbols() {
        return emission.emitted().symbols();
    }

    /**
     * Everything outside the compiler that decides the generated class's bytes, without generating it:
     * the {@code .nn} text, the options, and the class names its training data gave. Empty for a network
     * compiled from a model that is not its file's text (a sweep's combination).
     */
    public Optional<String> cacheText() {
        return cacheText;
    }

    /**
     * This network's class with {@code other} as its model: a model that differs only in what the class
     * keeps in fields (a sweep's combination at its own rate). It has no {@link #cacheText()}.
     */
    public CompiledNetwork withModel(Network other) {
        return new CompiledNetwork(source, other, plan, options, Optional.empty(), emission);
    }

    /**
     * The derivative of the whole network as one expression graph: the graph the class was emitted
     * from when every layer is unrolled; otherwise (the class has loop layers, written without a
     * graph) built on demand, and its size grows with the number of weights.
     */
    public Backward backward() {
        return graphs().whole().orElseGet(() -> Differentiator.differentiate(ForwardBuilder.build(model)));
    }

    /** The generated class's qualified name (the network's name, in the options' package). */
    public String className() {
        String pkg = options.packageName();
        return pkg.isEmpty() ? model.name() : pkg + "." + model.name();
    }

    /** The graphs and the emitted class of a plan, made once, when first needed. */
    private static final class Emission {
        private final Plan plan;
        private final EmitOptions options;
        private StageGraphs graphs;
        private EmittedClass emitted;

        Emission(Plan plan, EmitOptions options) {
            this.plan = plan;
            this.options = options;
        }

        synchronized StageGraphs graphs() {
            if (graphs == null) {
                graphs = StageGraphs.build(plan);
            }
            return graphs;
        }

        synchronized EmittedClass emitted() {
            if (emitted == null) {
                emitted = JavaEmitter.emit(graphs(), options);
            }
            return emitted;
        }
    }
}
