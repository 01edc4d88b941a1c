package dev.nnc.compiler;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.emit.SymbolTable;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.ForwardBuilder;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.Plan;

/**
 * Everything compiling one {@code .nn} file produced: the checked model, the graphs of its plan
 * (the plan says, per layer, unrolled or loops), the Java source emitted from them, the symbol
 * table recorded while emitting it, and the options it was written with.
 */
public record CompiledNetwork(SourceFile source, Network model, StageGraphs graphs, JavaFile javaFile,
                              SymbolTable symbols, EmitOptions options) {
    /** The plan of the network's code. */
    public Plan plan() {
        return graphs.plan();
    }

    /**
     * The derivative of the whole network as one expression graph: the graph the class was emitted
     * from when every layer is unrolled; otherwise (the class has loop layers, written without a
     * graph) built on demand, and its size grows with the number of weights.
     */
    public Backward backward() {
        return graphs.whole().orElseGet(() -> Differentiator.differentiate(ForwardBuilder.build(model)));
    }

    /** The generated class's qualified name. */
    public String className() {
        String pkg = javaFile.packageName();
        return pkg.isEmpty() ? javaFile.typeSpec().name() : pkg + "." + javaFile.typeSpec().name();
    }
}
