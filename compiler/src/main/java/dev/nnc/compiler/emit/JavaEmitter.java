package dev.nnc.compiler.emit;

import dev.nnc.compiler.graph.StageGraphs;

/** Emits one Java class per network, its forward and backward passes written out equation by equation. */
public final class JavaEmitter {
    private JavaEmitter() {
    }

    /**
     * The Java source of the network of {@code graphs}' plan, each layer written as the plan says
     * (unrolled runs from their graphs, built once by the caller; a network unrolled whole is one
     * stage), with the symbol table recorded while writing it.
     */
    public static EmittedClass emit(StageGraphs graphs, EmitOptions options) {
        return new StagedClassWriter(graphs, options).write();
    }
}
