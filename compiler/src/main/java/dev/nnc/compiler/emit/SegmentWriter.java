package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Differentiator;
import dev.nnc.compiler.graph.Forward;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.graph.Op;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.OptimizerKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A run of unrolled layers (the whole network when no layer is a loop): its own expression graph
 * and derivative, written equation by equation into scalar fields. At a boundary with a loop
 * layer, values cross through arrays: the loop layer's outputs are copied into the run's input
 * fields, and the run's outputs into an array the next loop layer reads; backwards, the adjoints go
 * the other way.
 */
final class SegmentWriter implements StageWriter {
    private final Network network;
    private final Backward backward;
    private final Forward forward;
    private final Names names;
    private final boolean[] trainable;
    private final UpdateWriter updates;
    private final Scalar scalar;
    private final LoopArrays previous;
    private final boolean hasNext;
    private final List<Statement> forwardStatements;
    private final List<Statement> lossStatements;
    private final List<Statement> backwardStatements;
    private final List<Statement> fusedStatements;

    /**
     * A run whose members are named: its graph and derivative, and the names of its nodes, gradient
     * sums, optimizer state and boundary arrays. The class names every stage's members before its
     * own, so that the tutorials' names (i1, net_h1) are the ones that survive a clash.
     */
    record Named(Backward backward, Names names, boolean hasNext) {
    }

    /**
     * Names the members of the run whose graph and derivative are {@code backward} in {@code classNames}.
     *
     * @param hasNext whether a loop layer follows the run (it then keeps its outputs in an array)
     */
    static Named name(Network network, Backward backward, Names classNames, boolean hasNext) {
        Forward forward = backward.forward();
        Names names = classNames.forGraph(forward.firstLayer());
        NodeNamer.name(backward, names);
        boolean[] trainable = Differentiator.trainable(network);
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                String parameter = names.of(forward.graph().param(p));
                names.allocate("d" + parameter, PassWriter.gradientTag(p));
                for (UpdateWriter.StateField field : UpdateWriter.stateFields(network.optimizer(), p, parameter)) {
                    names.allocate(field.suggestion(), field.tag());
                }
            }
        }
        if (hasNext) {
            String last = forward.outputLayer().layer().name();
            names.allocate("out_" + last, arrayTag(forward, false));
            names.allocate("dout_" + last, arrayTag(forward, true));
        }
        return new Named(backward, names, hasNext);
    }

    /**
     * @param run the run, its members named (the class's own members too: the loss, the rate)
     * @param previous the loop layer before the run, or null when the run reads the network's inputs
     */
    SegmentWriter(Network network, Named run, LoopArrays previous, Scalar scalar) {
        this.network = network;
        this.backward = run.backward();
        this.forward = backward.forward();
        this.names = run.names();
        this.trainable = Differentiator.trainable(network);
        this.previous = previous;
        this.hasNext = run.hasNext();
        this.scalar = scalar;
        this.updates = new UpdateWriter(names, network.optimizer(), network.weightCount(), scalar);
        PassWriter passes = new PassWriter(backward, names, scalar);
        this.forwardStatements = passes.forward();
        this.lossStatements = forward.endsWithLoss() ? passes.loss(names.get(Names.Member.LOSS)) : List.of();
        this.fusedStatements = UpdateWriter.fusesWithBackward(network.optimizer())
                ? passes.fork().backwardAndUpdate(names.get(Names.Member.RATE), previous == null ? null : previous.dout())
                : List.of();
        this.backwardStatements = passes.backward();
        if (previous != null) {
            backwardStatements.addAll(passes.inputAdjoints(previous.dout()));
        }
    }

    private static Object arrayTag(Forward forward, boolean adjoint) {
        return new BoundaryTag(forward.firstLayer(), adjoint);
    }

    /** The name tag of the array a run hands its outputs (or takes their adjoints) in. */
    private record BoundaryTag(int firstLayer, boolean adjoint) {
    }

    @Override
    public String outputArray() {
        return names.get(arrayTag(forward, false));
    }

    @Override
    public String adjointArray() {
        return names.get(arrayTag(forward, true));
    }

    String parameterName(int p) {
        return names.of(forward.graph().param(p));
    }

    @Override
    public List<FieldSpec> weightFields() {
        return parameterFields(forward.weightParameters());
    }

    @Override
    public List<FieldSpec> biasFields() {
        return parameterFields(forward.biasParameters());
    }

    private List<FieldSpec> parameterFields(List<Integer> parameters) {
        List<FieldSpec> fields = new ArrayList<>();
        parameters.forEach(p -> fields.add(FieldSpec.builder(scalar.type(), parameterName(p), Modifier.PUBLIC).build()));
        return fields;
    }

    @Override
    public List<FieldSpec> valueFields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (Node node : names.namedNodes()) {
            if (node.op() != Op.PARAM) {
                fields.add(FieldSpec.builder(scalar.type(), names.of(node), Modifier.PRIVATE).build());
            }
        }
        if (hasNext) {
            int size = forward.outputLayer().layer().size();
            for (String array : List.of(outputArray(), adjointArray())) {
                fields.add(FieldSpec.builder(scalar.array(), array, Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T[$L]", scalar.type(), size).build());
            }
        }
        return fields;
    }

    @Override
    public List<FieldSpec> gradientFields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                fields.add(FieldSpec.builder(scalar.type(), names.get(PassWriter.gradientTag(p)), Modifier.PRIVATE).build());
                for (UpdateWriter.StateField field : UpdateWriter.stateFields(network.optimizer(), p, parameterName(p))) {
                    fields.add(FieldSpec.builder(scalar.type(), names.get(field.tag()), Modifier.PRIVATE).build());
                }
            }
        }
        return fields;
    }

    @Override
    public List<Statement> initialWeights() {
        return initial(forward.weightParameters());
    }

    @Override
    public List<Statement> initialBiases() {
        return initial(forward.biasParameters());
    }

    private List<Statement> initial(List<Integer> parameters) {
        List<Double> values = new ArrayList<>();
        network.layers().forEach(l -> values.addAll(l.weights()));
        network.layers().forEach(l -> values.addAll(l.bias().initial()));
        List<Statement> out = new ArrayList<>();
        parameters.forEach(p -> out.add(Statement.of(7, "$N = $L", parameterName(p), scalar.literal(values.get(p)))));
        return out;
    }

    @Override
    public List<Statement> parametersTo(String values, boolean weights) {
        List<Statement> out = new ArrayList<>();
        for (int p : weights ? forward.weightParameters() : forward.biasParameters()) {
            out.add(Statement.of(8, "$N[$L] = $N", values, p, parameterName(p)));
        }
        return out;
    }

    @Override
    public List<Statement> parametersFrom(String values, boolean weights, Scalar source) {
        List<Statement> out = new ArrayList<>();
        for (int p : weights ? forward.weightParameters() : forward.biasParameters()) {
            out.add(Statement.of(8, "$N = $L", parameterName(p), scalar.from(source, CodeBlock.of("$N[$L]", values, p))));
        }
        return out;
    }

    @Override
    public List<Statement> gradientsTo(String sums, boolean weights) {
        List<Statement> out = new ArrayList<>();
        for (int p : weights ? forward.weightParameters() : forward.biasParameters()) {
            out.add(trainable[p] ? Statement.of(8, "$N[$L] = $N", sums, p, names.get(PassWriter.gradientTag(p)))
                    : Statement.of(8, "$N[$L] = 0", sums, p));
        }
        return out;
    }

    @Override
    public List<Statement> gradientsFrom(String sums, boolean weights) {
        List<Statement> out = new ArrayList<>();
        for (int p : weights ? forward.weightParameters() : forward.biasParameters()) {
            if (trainable[p]) {
                out.add(Statement.of(8, "$N = $L", names.get(PassWriter.gradientTag(p)),
                        scalar.from(Scalar.DOUBLE, CodeBlock.of("$N[$L]", sums, p))));
            }
        }
        return out;
    }

    @Override
    public List<Statement> clearState() {
        List<Statement> out = new ArrayList<>();
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                out.add(Statement.of(6, "$N = 0", names.get(PassWriter.gradientTag(p))));
                for (UpdateWriter.StateField field : UpdateWriter.stateFields(network.optimizer(), p, parameterName(p))) {
                    out.add(Statement.of(6, "$N = $L", names.get(field.tag()), field.initial() == 0 ? "0"
                            : scalar.literal(field.initial())));
                }
            }
        }
        return out;
    }

    @Override
    public List<Statement> copyState(String to) {
        List<Statement> out = new ArrayList<>();
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                for (UpdateWriter.StateField field : UpdateWriter.stateFields(network.optimizer(), p, parameterName(p))) {
                    String state = names.get(field.tag());
                    out.add(Statement.of(8, "$N.$N = $N", to, state, state));
                }
            }
        }
        return out;
    }

    /** The run's forward pass, with the copies from and to the neighbouring loop layers' arrays. */
    @Override
    public List<Statement> forwardPass() {
        List<Statement> out = new ArrayList<>();
        if (previous != null) {
            for (int i = 0; i < forward.inputs().size(); i++) {
                out.add(Statement.of(8, "$N = $N[$L]", names.of(forward.inputs().get(i)), previous.out(), i));
            }
        }
        out.addAll(forwardStatements);
        if (hasNext) {
            List<Node> outputs = forward.outputLayer().out();
            for (int k = 0; k < outputs.size(); k++) {
                out.add(Statement.of(8, "$N[$L] = $N", outputArray(), k, names.of(outputs.get(k))));
            }
        }
        return out;
    }

    @Override
    public List<Statement> lossPass() {
        return lossStatements;
    }

    /** From the next loop layer's adjoints (or the loss) to the run's inputs'. */
    @Override
    public List<Statement> backwardPass(boolean fused) {
        List<Statement> out = new ArrayList<>();
        for (int k = 0; k < forward.upstream().size(); k++) {
            out.add(Statement.of(8, "$N = $N[$L]", names.of(forward.upstream().get(k)), adjointArray(), k));
        }
        out.addAll(fused ? fusedStatements : backwardStatements);
        return out;
    }

    @Override
    public List<Statement> loadInputs(String x, Scalar source) {
        List<Statement> out = new ArrayList<>();
        String mean = names.get(Names.Member.MEAN);
        String std = names.get(Names.Member.STD);
        for (int i = 0; i < forward.inputs().size(); i++) {
            String input = names.of(forward.inputs().get(i));
            out.add(network.input().normalize()
                    ? Statement.of(20, "$N = $L", input, scalar.fromDoubleExpression(
                            CodeBlock.of("($N[$L] - $N[$L]) / $N[$L]", x, i, mean, i, std, i)))
                    : Statement.of(8, "$N = $L", input, scalar.from(source, CodeBlock.of("$N[$L]", x, i))));
        }
        return out;
    }

    @Override
    public List<Statement> loadTargets(String t, Scalar source) {
        List<Statement> out = new ArrayList<>();
        for (int k = 0; k < forward.targets().size(); k++) {
            out.add(Statement.of(8, "$N = $L", names.of(forward.targets().get(k)),
                    scalar.from(source, CodeBlock.of("$N[$L]", t, k))));
        }
        return out;
    }

    @Override
    public List<Statement> storeOutputs(String y) {
        List<Statement> out = new ArrayList<>();
        List<Node> outputs = forward.outputLayer().out();
        for (int k = 0; k < outputs.size(); k++) {
            out.add(Statement.of(8, "$N[$L] = $N", y, k, names.of(outputs.get(k))));
        }
        return out;
    }

    @Override
    public List<Statement> update(boolean corrected) {
        List<Statement> out = new ArrayList<>();
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                out.addAll(updates.update(p, parameterName(p), corrected));
            }
        }
        return out;
    }
}
