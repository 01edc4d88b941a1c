package dev.nnc.compiler.explain;

import dev.nnc.compiler.graph.Forward;
import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;

/** What every part of an explanation reads: the model, its symbols, the numbers, the generated code. */
record Context(Symbols symbols, FirstStep step, CodeIndex code, LossText loss) {
    static Context of(FirstStep step, CodeIndex code) {
        Network model = step.backward().forward().network();
        return new Context(new Symbols(model), step, code,
                new LossText(model.loss(), model.output().activation(), model.output().size()));
    }

    Network model() {
        return symbols.model();
    }

    Forward forward() {
        return step.backward().forward();
    }

    LayerNodes nodes(int layer) {
        return forward().layers().get(layer);
    }

    Layer layer(int layer) {
        return model().layers().get(layer);
    }

    boolean isOutput(int layer) {
        return layer == model().layers().size() - 1;
    }

    /** {@code `mazur.nn:4`}: where layer {@code layer} is written. */
    String where(int layer) {
        return Markdown.code(model().sourceName() + ":" + layer(layer).line());
    }

    /** The value of what feeds layer {@code layer} as source {@code i} on the first sample. */
    double source(int layer, int i) {
        return layer == 0 ? step.input(0)[i] : step.value(nodes(layer - 1).out().get(i));
    }

    /** "In `Mazur.java`:" and a code block with the statements computing these, or nothing when there are none. */
    void quote(Markdown md, java.util.List<dev.nnc.compiler.emit.SymbolTable.Computes> keys) {
        java.util.List<String> lines = code.quote(keys);
        if (!lines.isEmpty()) {
            md.paragraph("In " + Markdown.code(code.fileName()) + ":");
            md.code("java", lines);
        }
    }
}
