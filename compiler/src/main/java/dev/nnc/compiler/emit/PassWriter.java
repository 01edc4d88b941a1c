package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Forward;
import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the forward pass, the loss and the backward pass as statements, equation by equation,
 * in the tutorials' order: a layer's net inputs and outputs; then, from the output layer back,
 * each layer's deltas followed by its weight and bias gradients. A shared expression is written
 * just before the first statement that needs it.
 */
final class PassWriter {
    /** Most terms one statement adds up; longer sums are written as several statements. */
    static final int MAX_TERMS = 64;

    private final Forward forward;
    private final Backward backward;
    private final Names names;
    private final Scalar scalar;
    private final ExpressionWriter writer;
    private final Set<Node> emitted = new HashSet<>();

    PassWriter(Backward backward, Names names, Scalar scalar) {
        this.forward = backward.forward();
        this.backward = backward;
        this.names = names;
        this.scalar = scalar;
        this.writer = new ExpressionWriter(names, scalar);
    }

    /**
     * A writer that continues from this one's state: what this one has written counts as written.
     * Two forks of the writer after the forward pass and the loss write two variants of the
     * backward pass, each in a method of its own.
     */
    PassWriter fork() {
        PassWriter copy = new PassWriter(backward, names, scalar);
        copy.emitted.addAll(emitted);
        return copy;
    }

    /** The field a parameter's gradient is summed in ({@code dw1}, {@code db1}). */
    static Object gradientTag(int parameter) {
        return new GradientTag(parameter);
    }

    /** The name tag of parameter {@code parameter}'s gradient sum. */
    private record GradientTag(int parameter) {
    }

    List<Statement> forward() {
        List<Statement> out = new ArrayList<>();
        for (LayerNodes layer : forward.layers()) {
            out.add(layerComment(layer.layer()));
            for (int j = 0; j < layer.net().size(); j++) {
                ensure(layer.net().get(j), out);
                ensure(layer.out().get(j), out);
            }
        }
        return out;
    }

    /** The loss of a run that ends with the output layer. */
    List<Statement> loss(String lossField) {
        List<Statement> out = new ArrayList<>();
        out.add(names.recordSourceLine(forward.network().lossLine(), Statement.comment("$L loss $L",
                forward.network().where(forward.network().lossLine()), forward.network().loss().spelling())));
        Statement loss = assignment(lossField, forward.loss(), out);
        out.add(loss);
        names.recordLoss(forward.loss(), loss);
        return out;
    }

    /**
     * For a run that starts after a loop layer: dL/d(input i) of the run, written into
     * {@code array[i]} for that layer's backward pass.
     */
    List<Statement> inputAdjoints(String array) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < forward.inputs().size(); i++) {
            Optional<Node> adjoint = backward.inputAdjoint(i);
            if (adjoint.isEmpty()) {
                out.add(Statement.of(8, "$N[$L] = 0", array, i));
                continue;
            }
            ensureDependencies(adjoint.get(), false, out);
            out.add(Statement.of(8 + writer.cost(adjoint.get(), false), "$N[$L] = $L", array, i,
                    writer.reference(adjoint.get())));
        }
        return out;
    }

    List<Statement> backward() {
        List<Statement> out = new ArrayList<>();
        Network network = forward.network();
        for (int l = forward.layers().size() - 1; l >= 0; l--) {
            LayerNodes layer = forward.layers().get(l);
            out.add(layerComment(layer.layer()));
            for (Node net : layer.net()) {
                backward.adjoint(net).ifPresent(delta -> ensure(delta, out));
            }
            for (int p : parameters(network, layer)) {
                accumulate(p, out);
            }
        }
        return out;
    }

    /** The numbers of {@code layer}'s weights, then of its biases (none with bias none). */
    private static List<Integer> parameters(Network network, LayerNodes layer) {
        List<Integer> out = new ArrayList<>();
        int first = network.weightOffset(layer.index());
        for (int p = first; p < first + layer.layer().weights().size(); p++) {
            out.add(p);
        }
        int bias = network.weightCount() + network.biasOffset(layer.index());
        int biases = layer.layer().bias().mode() == BiasMode.NONE ? 0 : layer.layer().bias().initial().size();
        for (int p = bias; p < bias + biases; p++) {
            out.add(p);
        }
        return out;
    }

    /**
     * The backward pass fused with plain sgd on a batch of one ({@code w -= rate * g}, the same bits
     * as summing g into a cleared sum and updating): first every delta, every gradient's shared
     * terms and (for a run after a loop layer) the adjoints of the run's inputs, all from the
     * weights as they are; then every update, from those values alone.
     *
     * @param inputAdjoints the array for the inputs' adjoints, or null when the run reads the inputs
     */
    List<Statement> backwardAndUpdate(String rate, String inputAdjoints) {
        List<Statement> out = new ArrayList<>();
        Network network = forward.network();
        List<Integer> parameters = new ArrayList<>();
        for (int l = forward.layers().size() - 1; l >= 0; l--) {
            LayerNodes layer = forward.layers().get(l);
            out.add(layerComment(layer.layer()));
            for (Node net : layer.net()) {
                backward.adjoint(net).ifPresent(delta -> ensure(delta, out));
            }
            parameters.addAll(parameters(network, layer));
        }
        parameters.removeIf(p -> backward.parameterGradients().get(p).isEmpty());
        for (int p : parameters) {
            ensureDependencies(backward.parameterGradients().get(p).get(), false, out);
        }
        if (inputAdjoints != null) {
            out.addAll(inputAdjoints(inputAdjoints));
        }
        out.add(names.recordSourceLine(forward.network().optimizerLine(), Statement.comment("$L sgd, batch of one",
                forward.network().where(forward.network().optimizerLine()))));
        for (int p : parameters) {
            Node g = backward.parameterGradients().get(p).get();
            if (readsParameter(g)) {
                throw new IllegalStateException("the gradient of parameter " + p + " reads a parameter: " + g);
            }
            out.add(Statement.of(12 + writer.cost(g, false), "$N -= $N * $L", names.of(forward.graph().param(p)), rate,
                    writer.factor(g)));
        }
        return out;
    }

    /** Whether writing {@code node} inline reads a parameter (named nodes are read from their fields). */
    private boolean readsParameter(Node node) {
        if (node.op() == dev.nnc.compiler.graph.Op.PARAM) {
            return true;
        }
        if (names.isNamed(node)) {
            return false;
        }
        return node.args().stream().anyMatch(this::readsParameter);
    }

    private void accumulate(int parameter, List<Statement> out) {
        Optional<Node> gradient = backward.parameterGradients().get(parameter);
        if (gradient.isEmpty()) {
            return;
        }
        Node g = gradient.get();
        ensureDependencies(g, false, out);
        CodeBlock value = writer.reference(g);
        Statement sum = Statement.of(8 + writer.cost(g, false), "$N += $L", names.get(gradientTag(parameter)), value);
        out.add(sum);
        names.recordGradientSum(parameter, g, sum);
    }

    private Statement assignment(String field, Node node, List<Statement> out) {
        if (names.isNamed(node)) {
            ensure(node, out);
            return Statement.of(8, "$N = $N", field, names.of(node));
        }
        ensureDependencies(node, true, out);
        return Statement.of(4 + writer.cost(node, true), "$N = $L", field, writer.definition(node));
    }

    /** Writes {@code node}'s statement (and first those it needs), unless done already. */
    private void ensure(Node node, List<Statement> out) {
        if (!names.isNamed(node) || node.op().isLeaf() || emitted.contains(node)) {
            return;
        }
        ensureDependencies(node, true, out);
        emitted.add(node);
        String field = names.of(node);
        List<Node> terms = sumTerms(node, names);
        List<Statement> definition = new ArrayList<>();
        if (terms.size() <= MAX_TERMS) {
            definition.add(Statement.of(4 + writer.cost(node, true), "$N = $L", field, writer.definition(node)));
        } else {
            for (int from = 0; from < terms.size(); from += MAX_TERMS) {
                List<Node> chunk = terms.subList(from, Math.min(terms.size(), from + MAX_TERMS));
                int cost = 4 + chunk.stream().mapToInt(t -> 1 + writer.cost(t, false)).sum();
                definition.add(from == 0 ? Statement.of(cost, "$N = $L", field, writer.sum(chunk, false))
                        : Statement.of(cost + 4, "$N = $N + $L", field, field, writer.sum(chunk, true)));
            }
        }
        out.addAll(definition);
        names.recordValue(node, definition);
    }

    /**
     * The terms of {@code node} as a sum added left to right, {@code ((t0 + t1) + t2) + ...}; just
     * {@code node} when it is not a sum. A named inner sum counts as one term.
     */
    static List<Node> sumTerms(Node node, Names names) {
        if (node.op() != dev.nnc.compiler.graph.Op.ADD) {
            return List.of(node);
        }
        java.util.ArrayDeque<Node> terms = new java.util.ArrayDeque<>();
        Node n = node;
        while (n.op() == dev.nnc.compiler.graph.Op.ADD && (n == node || !names.isNamed(n))) {
            terms.addFirst(n.arg(1));
            n = n.arg(0);
        }
        terms.addFirst(n);
        return List.copyOf(terms);
    }

    private void ensureDependencies(Node node, boolean definition, List<Statement> out) {
        if (!definition && names.isNamed(node)) {
            ensure(node, out);
            return;
        }
        for (Node arg : node.args()) {
            ensureDependencies(arg, false, out);
        }
    }

    private Statement layerComment(Layer layer) {
        return names.recordSourceLine(layer.line(),
                Statement.comment("$L:$L layer $L", forward.network().sourceName(), layer.line(), layer.name()));
    }
}
