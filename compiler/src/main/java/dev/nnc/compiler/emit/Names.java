package dev.nnc.compiler.emit;

import com.palantir.javapoet.NameAllocator;
import dev.nnc.compiler.emit.SymbolTable.Computes;
import dev.nnc.compiler.graph.Node;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every identifier in a generated class, allocated once so that no generated name collides
 * with another or with a Java keyword. The tutorials' names are asked for first (w1, b1, i1, t1,
 * net_h1, out_h1, delta_h1, dw1), so they are the ones that survive.
 *
 * <p>Every name given to a node, and every statement of interest written with these names, is
 * recorded in the class's {@link SymbolRecorder}, from which its {@link SymbolTable} is made.
 */
final class Names {
    private final NameAllocator allocator;
    private final SymbolRecorder recorder;
    /** The first layer of the run of layers whose graph this names (it tells apart their nodes). */
    private final int stage;
    private final Map<Node, String> nodeNames = new LinkedHashMap<>();
    private final Set<Node> shared = new HashSet<>();

    /** The names of a class's own members; each run's graph names its nodes in {@link #forGraph}. */
    Names() {
        this(new NameAllocator(), new SymbolRecorder(), 0);
    }

    private Names(NameAllocator allocator, SymbolRecorder recorder, int stage) {
        this.allocator = allocator;
        this.recorder = recorder;
        this.stage = stage;
    }

    /** The name tag of a node of the graph of the run starting at layer {@code stage}. */
    private record NodeTag(int stage, int node) {
    }

    /**
     * Names for the graph of another run of layers of the same class, the one starting at layer
     * {@code firstLayer}: its nodes get their own names (nodes of different graphs are told apart),
     * allocated from the same pool as every other member.
     */
    Names forGraph(int firstLayer) {
        Names names = new Names(allocator, recorder, firstLayer);
        recorder.graph(names);
        return names;
    }

    /** Where the class's symbol table is collected. */
    SymbolRecorder recorder() {
        return recorder;
    }

    /** The symbol table of {@code file}, the class written with these names (and those of its other graphs). */
    SymbolTable table(com.palantir.javapoet.JavaFile file) {
        return recorder.table(file, this);
    }

    /** The first layer of the run of layers whose graph this names. */
    int stage() {
        return stage;
    }

    /** Allocates {@code suggestion} for {@code tag} (or a variant when it is taken); returns it. */
    String allocate(String suggestion, Object tag) {
        return allocator.newName(SourceText.identifier(suggestion), tag);
    }

    /** The name allocated for {@code tag}. */
    String get(Object tag) {
        return allocator.get(tag);
    }

    /** Names {@code node}'s field; the first name given to a node wins. */
    void name(Node node, String suggestion) {
        if (!nodeNames.containsKey(node)) {
            nodeNames.put(node, allocator.newName(SourceText.identifier(suggestion), new NodeTag(stage, node.id())));
        }
    }

    /** Names {@code node}'s field as a term shared by several equations ({@code tmp1}). */
    void nameShared(Node node, String suggestion) {
        if (!nodeNames.containsKey(node)) {
            name(node, suggestion);
            shared.add(node);
        }
    }

    boolean isShared(Node node) {
        return shared.contains(node);
    }

    boolean isNamed(Node node) {
        return nodeNames.containsKey(node);
    }

    /** The field holding {@code node}'s value, or null when it is written inline. */
    String of(Node node) {
        return nodeNames.get(node);
    }

    /** Every named node, in the order the names were given. */
    List<Node> namedNodes() {
        return List.copyOf(nodeNames.keySet());
    }

    /** Records that {@code comment} ties what follows it to line {@code modelLine} of the .nn file; returns it. */
    Statement recordSourceLine(int modelLine, Statement comment) {
        recorder.sourceComment(comment, modelLine);
        return comment;
    }

    /** Records that {@code statements} compute {@code node}'s value (its definition). */
    void recordValue(Node node, List<Statement> statements) {
        recorder.record(new Computes.Value(stage, node), statements, sharedReads(node, true));
    }

    /** Records that {@code statement} computes the loss, {@code loss}. */
    void recordLoss(Node loss, Statement statement) {
        recorder.record(new Computes.Loss(), List.of(statement), sharedReads(loss, false));
    }

    /** Records that {@code statement} adds {@code gradient}, parameter {@code p}'s, to its sum. */
    void recordGradientSum(int p, Node gradient, Statement statement) {
        recorder.record(new Computes.GradientSum(p), List.of(statement), sharedReads(gradient, false));
    }

    /** Records the fields of parameter {@code p} and the statements of its update. */
    void recordUpdate(int p, String value, String gradientSum, List<Statement> statements) {
        recorder.parameter(p, value, gradientSum);
        recorder.record(new Computes.Update(p), statements, List.of());
    }

    /**
     * The shared terms read by {@code node} written as an expression: by its definition when
     * {@code definition}, else by a reference to it (its field when it has one).
     */
    private List<Computes> sharedReads(Node node, boolean definition) {
        Set<Computes> reads = new LinkedHashSet<>();
        Set<Node> seen = new HashSet<>();
        if (definition) {
            node.args().forEach(arg -> collectShared(arg, reads, seen));
        } else {
            collectShared(node, reads, seen);
        }
        return List.copyOf(reads);
    }

    private void collectShared(Node node, Set<Computes> reads, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (isNamed(node)) {
            if (shared.contains(node)) {
                reads.add(new Computes.Value(stage, node));
            }
            return;
        }
        node.args().forEach(arg -> collectShared(arg, reads, seen));
    }

    /** Member-name tags that are not nodes. */
    enum Member {
        RATE, BETA, BETA1, BETA2, EPS, STEP, BATCH, CORRECTION1, CORRECTION2, LOSS, MEAN, STD, PENDING, INPUT_ARRAY,
        TARGET_ARRAY, VECTOR_SPECIES, DECAY, DELTA_MIN, DELTA_MAX, ETA_PLUS, ETA_MINUS
    }
}
