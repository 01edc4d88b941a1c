package dev.nnc.compiler.emit;

import dev.nnc.compiler.graph.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What emission wrote where, recorded while the class was written (never read back from its text):
 * the field that holds each named node of each run's graph, the fields of each parameter, and for
 * each statement of interest (a node's equation, the loss, a gradient sum, an update) the lines of
 * the generated source it occupies, with their text. The source-map comments the class carries
 * ({@code // mazur.nn:5 layer o}) are recorded too, so each statement knows the {@code .nn} line it
 * was written for. Loop layers are written from their arrays, not a graph, and are not recorded.
 *
 * <p>The table is immutable. Its lines are counted in the file, rendered once, when they are first
 * asked for (by {@code nnc explain}), so that compiling without asking costs nothing more.
 */
public final class SymbolTable {
    private final String fileName;
    private final Map<Integer, Map<Node, Symbol>> symbols;
    private final Map<Integer, ParameterFields> parameters;
    private final Supplier<Layout> locate;
    private final AtomicReference<Layout> layout = new AtomicReference<>();

    /** Where the recorded statements and source-map comments are in the file. */
    record Layout(Map<Computes, Entry> statements, List<SourceLine> sourceLines) {
        Layout {
            statements = Map.copyOf(statements);
            sourceLines = List.copyOf(sourceLines);
        }
    }

    /**
     * @param fileName the generated file's name, {@code Mazur.java}
     * @param symbols per run of unrolled layers (keyed by its first layer), the field of each named node
     * @param parameters per parameter number, the fields of an unrolled, trainable parameter and its gradient sum
     * @param locate finds the recorded statements and comments in the file (called when first needed)
     */
    SymbolTable(String fileName, Map<Integer, Map<Node, Symbol>> symbols, Map<Integer, ParameterFields> parameters,
                Supplier<Layout> locate) {
        this.fileName = fileName;
        this.symbols = symbols.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        this.parameters = Map.copyOf(parameters);
        this.locate = locate;
    }

    /** The generated file's name, {@code Mazur.java}. */
    public String fileName() {
        return fileName;
    }

    /** Per run of unrolled layers (keyed by its first layer), the field of each named node. */
    public Map<Integer, Map<Node, Symbol>> symbols() {
        return symbols;
    }

    /** Per parameter number, the fields of an unrolled, trainable parameter and its gradient sum. */
    public Map<Integer, ParameterFields> parameters() {
        return parameters;
    }

    /** The recorded statements, by what they compute. */
    public Map<Computes, Entry> statements() {
        return layout().statements();
    }

    /** The recorded source-map comments, in file order. */
    public List<SourceLine> sourceLines() {
        return layout().sourceLines();
    }

    private Layout layout() {
        Layout known = layout.get();
        if (known == null) {
            layout.compareAndSet(null, locate.get());
            known = layout.get();
        }
        return known;
    }

    /** The field holding a node's value; {@code shared}: a term used by several equations ({@code tmp1}). */
    public record Symbol(String field, boolean shared) {
    }

    /** The field of a parameter ({@code w5}) and the field its gradient is summed in ({@code dw5}). */
    public record ParameterFields(String value, String gradientSum) {
    }

    /** What a recorded statement computes. */
    public sealed interface Computes {
        /** A named node of the graph of the run of unrolled layers that starts at layer {@code stage}. */
        record Value(int stage, Node node) implements Computes {
        }

        /** The sample's loss. */
        record Loss() implements Computes {
        }

        /** Adding one sample's gradient of parameter {@code parameter} to its sum. */
        record GradientSum(int parameter) implements Computes {
        }

        /** The optimizer's update of parameter {@code parameter} from its gradient sum (the reset to 0 aside). */
        record Update(int parameter) implements Computes {
        }
    }

    /** One line of the generated source: its number (from 1) and its text without indentation. */
    public record Line(int number, String text) {
    }

    /**
     * A source-map comment: line {@code line} of the generated source ties the statements after it,
     * up to the next such comment or the end of the method, to line {@code modelLine} of the {@code
     * .nn} file (a layer, the loss or the optimizer).
     */
    public record SourceLine(int line, int modelLine) {
    }

    /**
     * A recorded statement: the lines it occupies, in order, the shared terms it reads, whose own
     * statements come before it, and the {@code .nn} line of the source-map comment it follows in
     * its method (absent when none does, as in the optimizer's update).
     */
    public record Entry(List<Line> lines, List<Computes> reads, OptionalInt modelLine) {
        public Entry {
            lines = List.copyOf(lines);
            reads = List.copyOf(reads);
        }
    }

    /** The field holding {@code node} of the run starting at layer {@code stage}, if it has one. */
    public Optional<Symbol> symbol(int stage, Node node) {
        return Optional.ofNullable(symbols.getOrDefault(stage, Map.of()).get(node));
    }

    /** The statement that computes {@code what}, if the class has one (loop layers have none). */
    public Optional<Entry> statement(Computes what) {
        return Optional.ofNullable(statements().get(what));
    }

    /** The fields of parameter {@code p}, if it is an unrolled, trainable parameter. */
    public Optional<ParameterFields> parameter(int p) {
        return Optional.ofNullable(parameters.get(p));
    }
}
