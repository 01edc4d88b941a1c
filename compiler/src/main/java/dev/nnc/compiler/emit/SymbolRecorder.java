package dev.nnc.compiler.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import dev.nnc.compiler.emit.SymbolTable.Computes;
import dev.nnc.compiler.graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Collects a class's {@link SymbolTable} while it is written: the names of each graph's nodes
 * (from its {@link Names}), each statement of interest as the writer creates it, and the method
 * every statement is placed in. A statement's line is then its method's declaration line plus the
 * lines of the statements before it in that method: counted from the code blocks written, not
 * searched for in the text (only the method's declaration is looked up, as JavaPoet renders it).
 */
final class SymbolRecorder {
    private final List<Names> graphs = new ArrayList<>();
    private final List<Recorded> recorded = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();
    private final Map<Integer, SymbolTable.ParameterFields> parameters = new TreeMap<>();
    /** The source-map comments written, with the {@code .nn} line each names. */
    private final Map<Statement, Integer> sourceComments = new IdentityHashMap<>();
    /** Every statement of {@link #recorded}, to skip the methods that hold none. */
    private final Map<Statement, Boolean> recordedStatements = new IdentityHashMap<>();

    private record Recorded(Computes what, List<Statement> statements, List<Computes> reads) {
    }

    private record Placed(MethodSpec method, List<Statement> statements) {
    }

    /** Where a statement is: its first line, and the {@code .nn} line of the comment before it (0: none). */
    private record Placement(int line, int modelLine) {
    }

    /** Records {@code names}, the names of the nodes of another graph of the class. */
    void graph(Names names) {
        graphs.add(names);
    }

    /** Records that {@code statements} (in this order) compute {@code what}, reading the shared terms {@code reads}. */
    void record(Computes what, List<Statement> statements, List<Computes> reads) {
        recorded.add(new Recorded(what, List.copyOf(statements), List.copyOf(reads)));
        statements.forEach(st -> recordedStatements.put(st, Boolean.TRUE));
    }

    /**
     * Records that {@code comment} is a source-map comment naming line {@code modelLine} of the .nn
     * file (0: a line the file does not have, such as a default optimizer's).
     */
    void sourceComment(Statement comment, int modelLine) {
        sourceComments.put(comment, modelLine);
    }

    void parameter(int p, String value, String gradientSum) {
        parameters.put(p, new SymbolTable.ParameterFields(value, gradientSum));
    }

    /** {@link MethodSplitter#split}, noting the method each statement is placed in. */
    List<MethodSpec> split(String name, List<ParameterSpec> parameters, List<Statement> statements) {
        return MethodSplitter.split(name, parameters, statements, (method, in) -> placed.add(new Placed(method, in)));
    }

    /**
     * The table of {@code file}, the class written with {@code classNames} (and the names of its
     * other graphs): the names now; the lines of the statements and
     * comments recorded so far when first asked for. A statement written more than once (the
     * backward pass with and without the fused update) is located where it first appears.
     */
    SymbolTable table(JavaFile file, Names classNames) {
        Map<Integer, Map<Node, SymbolTable.Symbol>> symbols = new HashMap<>();
        List<Names> all = new ArrayList<>(graphs);
        all.add(0, classNames);
        for (Names names : all) {
            Map<Node, SymbolTable.Symbol> stage = new HashMap<>();
            names.namedNodes().forEach(n -> stage.put(n, new SymbolTable.Symbol(names.of(n), names.isShared(n))));
            if (!stage.isEmpty()) {
                symbols.put(names.stage(), stage);
            }
        }
        Recording recording = new Recording(List.copyOf(recorded), List.copyOf(placed), freeze(sourceComments),
                freeze(recordedStatements));
        return new SymbolTable(file.typeSpec().name() + ".java", symbols, parameters, () -> recording.locate(file));
    }

    private static <V> Map<Statement, V> freeze(Map<Statement, V> identities) {
        return java.util.Collections.unmodifiableMap(new IdentityHashMap<>(identities));
    }

    /** What was recorded, frozen: enough to find the statements in the file later. */
    private record Recording(List<Recorded> recorded, List<Placed> placed, Map<Statement, Integer> sourceComments,
                             Map<Statement, Boolean> recordedStatements) {
        SymbolTable.Layout locate(JavaFile file) {
            List<String> lines = file.toString().lines().toList();
            Map<String, Integer> declarations = new HashMap<>();
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).endsWith(") {")) {
                    declarations.put(lines.get(i).strip(), i + 1);
                }
            }
            Map<Statement, Placement> lineOf = new IdentityHashMap<>();
            List<SymbolTable.SourceLine> sourceLines = new ArrayList<>();
            for (Placed p : placed) {
                if (p.statements().stream().noneMatch(s -> recordedStatements.containsKey(s) || sourceComments.containsKey(s))) {
                    continue;
                }
                int line = declarationLine(declarations, p.method()) + 1;
                int modelLine = 0;
                for (Statement s : p.statements()) {
                    if (sourceComments.containsKey(s)) {
                        modelLine = sourceComments.get(s);
                        if (modelLine > 0) {
                            sourceLines.add(new SymbolTable.SourceLine(line, modelLine));
                        }
                    }
                    lineOf.merge(s, new Placement(line, modelLine), (a, b) -> a.line() <= b.line() ? a : b);
                    line += (int) s.code().toString().chars().filter(c -> c == '\n').count();
                }
            }
            sourceLines.sort(Comparator.comparingInt(SymbolTable.SourceLine::line));
            Map<Computes, SymbolTable.Entry> statements = new HashMap<>();
            for (Recorded r : recorded) {
                if (r.statements().isEmpty() || !r.statements().stream().allMatch(lineOf::containsKey)) {
                    continue;
                }
                List<SymbolTable.Line> at = r.statements().stream().map(s -> lineOf.get(s).line())
                        .map(n -> new SymbolTable.Line(n, lines.get(n - 1).strip())).toList();
                int modelLine = lineOf.get(r.statements().get(0)).modelLine();
                SymbolTable.Entry entry = new SymbolTable.Entry(at, r.reads(),
                        modelLine == 0 ? OptionalInt.empty() : OptionalInt.of(modelLine));
                statements.merge(r.what(), entry, (a, b) -> a.lines().get(0).number() <= b.lines().get(0).number() ? a : b);
            }
            return new SymbolTable.Layout(statements, sourceLines);
        }
    }

    /**
     * The number (from 1) of the line declaring {@code method}: its header as JavaPoet renders it
     * (rendered without the body, which is long), found among the file's declarations.
     */
    private static int declarationLine(Map<String, Integer> declarations, MethodSpec method) {
        MethodSpec header = MethodSpec.methodBuilder(method.name()).addModifiers(method.modifiers())
                .addParameters(method.parameters()).returns(method.returnType()).build();
        String declaration = header.toString().lines().filter(l -> l.endsWith(") {")).findFirst().orElseThrow().strip();
        Integer line = declarations.get(declaration);
        if (line == null) {
            throw new IllegalStateException("method not in the file: " + declaration);
        }
        return line;
    }
}
