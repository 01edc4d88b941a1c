package dev.nnc.compiler.explain;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.emit.SymbolTable;
import dev.nnc.compiler.emit.SymbolTable.Computes;
import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.graph.StageGraphs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The statements of the generated class that compute each step of the explanation, looked up in
 * the {@link SymbolTable} emission recorded, by the graph nodes and parameters they compute (never
 * by searching the generated text): a neuron's net input, output and delta, the loss, a gradient
 * sum, an update. Layers emitted as loops have no such statements and are not quoted.
 */
final class CodeIndex {
    private final SymbolTable table;
    private final StageGraphs graphs;

    private CodeIndex(SymbolTable table, StageGraphs graphs) {
        this.table = table;
        this.graphs = graphs;
    }

    static CodeIndex of(CompiledNetwork compiled) {
        return new CodeIndex(compiled.symbols(), compiled.graphs());
    }

    /** The generated file's name, {@code Mazur.java}. */
    String fileName() {
        return table.fileName();
    }

    /** Whether the class writes any layer's equations as statements (not every layer is a loop). */
    boolean hasEquations() {
        return !graphs.segments().isEmpty();
    }

    /** The statement computing neuron {@code j}'s net input in layer {@code layer} (none for a loop layer). */
    List<Computes> net(int layer, int j) {
        return value(layer, nodes -> nodes.net().get(j));
    }

    List<Computes> out(int layer, int j) {
        return value(layer, nodes -> nodes.out().get(j));
    }

    /** The statement computing neuron {@code j}'s node delta, dE/dnet. */
    List<Computes> delta(int layer, int j) {
        return graphs.holding(layer).flatMap(s -> s.backward().adjoint(nodes(s, layer).net().get(j))
                .map(n -> (Computes) new Computes.Value(s.stage().first(), n))).stream().toList();
    }

    /** Softmax's statements in layer {@code layer}: the largest net input, the exponentials, their sum. */
    List<Computes> softmax(int layer) {
        List<Computes> keys = new ArrayList<>();
        graphs.holding(layer).ifPresent(s -> nodes(s, layer).softmax().ifPresent(softmax -> {
            int stage = s.stage().first();
            keys.add(new Computes.Value(stage, softmax.max()));
            softmax.exps().forEach(e -> keys.add(new Computes.Value(stage, e)));
            keys.add(new Computes.Value(stage, softmax.sum()));
        }));
        return keys;
    }

    Computes loss() {
        return new Computes.Loss();
    }

    /** The statement adding parameter {@code p}'s gradient to its sum. */
    Computes gradientSum(int p) {
        return new Computes.GradientSum(p);
    }

    /** The statements of parameter {@code p}'s update. */
    Computes update(int p) {
        return new Computes.Update(p);
    }

    /** The fields of parameter {@code p} and its gradient sum, if it is unrolled and trainable. */
    Optional<SymbolTable.ParameterFields> parameter(int p) {
        return table.parameter(p);
    }

    private List<Computes> value(int layer, Function<LayerNodes, Node> node) {
        return graphs.holding(layer).map(s -> (Computes) new Computes.Value(s.stage().first(), node.apply(nodes(s, layer))))
                .stream().toList();
    }

    private static LayerNodes nodes(StageGraphs.Segment segment, int layer) {
        return segment.backward().forward().layers().get(layer - segment.stage().first());
    }

    /**
     * The lines of the statements computing {@code keys}, in order, each preceded by the statements
     * of the shared terms ({@code tmp1}) it reads; what the class does not compute in a statement is
     * skipped.
     */
    List<String> quote(List<Computes> keys) {
        Set<SymbolTable.Line> lines = new LinkedHashSet<>();
        for (Computes key : keys) {
            table.statement(key).ifPresent(entry -> add(entry, lines));
        }
        return lines.stream().map(SymbolTable.Line::text).toList();
    }

    private void add(SymbolTable.Entry entry, Set<SymbolTable.Line> lines) {
        if (lines.containsAll(entry.lines())) {
            return;
        }
        for (Computes read : entry.reads()) {
            table.statement(read).ifPresent(shared -> add(shared, lines));
        }
        lines.addAll(entry.lines());
    }
}
