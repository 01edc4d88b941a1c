package dev.nnc.compiler.emit;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
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
 * A run of unrolled layers in a class that also has loop layers: its own expression graph and
 * derivative, written equation by equation into scalar fields as in a fully unrolled class. At a
 * boundary with a loop layer, values cross through arrays: the loop layer's outputs are copied into
 * the run's input fields, and the run's outputs into an array the next loop layer reads; backwards,
 * the adjoints go the other way.
 */
final class SegmentWriter implements StageWriter {
    private final Network network;
    private final Backward backward;
    private final Forward forward;
    private final Names names;
    private final boolean[] trainable;
    private final UpdateWriter updates;
    private final LoopArrays previous;
    private final boolean hasNext;
    private final List<Statement> forwardStatements;
    private final List<Statement> lossStatements;
    private final List<Statement> backwardStatements;
    private final List<Statement> fusedStatements;

    /**
     * @param backward the run's graph and its derivative
     * @param previous the loop layer before the run, or null when the run reads the network's inputs
     * @param hasNext whether a loop layer follows the run (it then keeps its outputs in an array)
     */
    SegmentWriter(Network network, Backward backward, Names classNames, LoopArrays previous, boolean hasNext) {
        this.network = network;
        this.backward = backward;
        this.forward = backward.forward();
        this.names = classNames.forGraph(forward.firstLayer());
        this.trainable = Differentiator.trainable(network);
        this.previous = previous;
        this.hasNext = hasNext;
        NodeNamer.name(backward, names);
        this.updates = new UpdateWriter(names, network.optimizer());
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                names.allocate("d" + parameterName(p), PassWriter.gradientTag(p));
                for (Object[] field : updates.stateFields(p, parameterName(p))) {
                    names.allocate((String) field[1], field[0]);
                }
            }
        }
        if (hasNext) {
            String last = forward.outputLayer().layer().name();
            names.allocate("out_" + last, arrayTag("out"));
            names.allocate("dout_" + last, arrayTag("dout"));
        }
        PassWriter passes = new PassWriter(backward, names);
        this.forwardStatements = passes.forward();
        this.lossStatements = forward.endsWithLoss() ? passes.loss(names.get(Names.Member.LOSS)) : List.of();
        this.fusedStatements = network.optimizer().kind() == OptimizerKind.SGD
                ? passes.fork().backwardAndUpdate(names.get(Names.Member.RATE), previous == null ? null : previous.dout())
                : List.of();
        this.backwardStatements = passes.backward();
        if (previous != null) {
            backwardStatements.addAll(passes.inputAdjoints(previous.dout()));
        }
    }

    private Object arrayTag(String role) {
        return "segment:" + forward.firstLayer() + ":" + role;
    }

    @Override
    public String outputArray() {
        return names.get(arrayTag("out"));
    }

    @Override
    public String adjointArray() {
        return names.get(arrayTag("dout"));
    }

    Forward forward() {
        return forward;
    }

    Names names() {
        return names;
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
        parameters.forEach(p -> fields.add(FieldSpec.builder(TypeName.DOUBLE, parameterName(p), Modifier.PUBLIC).build()));
        return fields;
    }

    @Override
    public List<FieldSpec> valueFields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (Node node : names.namedNodes()) {
            if (node.op() != Op.PARAM) {
                fields.add(FieldSpec.builder(TypeName.DOUBLE, names.of(node), Modifier.PRIVATE).build());
            }
        }
        if (hasNext) {
            int size = forward.outputLayer().layer().size();
            for (String array : List.of(outputArray(), adjointArray())) {
                fields.add(FieldSpec.builder(ClassBasics.DOUBLES, array, Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new double[$L]", size).build());
            }
        }
        return fields;
    }

    @Override
    public List<FieldSpec> gradientFields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                fields.add(FieldSpec.builder(TypeName.DOUBLE, names.get(PassWriter.gradientTag(p)), Modifier.PRIVATE).build());
                for (Object[] field : updates.stateFields(p, parameterName(p))) {
                    fields.add(FieldSpec.builder(TypeName.DOUBLE, names.get(field[0]), Modifier.PRIVATE).build());
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
        parameters.forEach(p -> out.add(Statement.of(7, "$N = $L", parameterName(p), ExpressionWriter.literal(values.get(p)))));
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
    public List<Statement> parametersFrom(String values, boolean weights) {
        List<Statement> out = new ArrayList<>();
        for (int p : weights ? forward.weightParameters() : forward.biasParameters()) {
            out.add(Statement.of(8, "$N = $N[$L]", parameterName(p), values, p));
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
                out.add(Statement.of(8, "$N = $N[$L]", names.get(PassWriter.gradientTag(p)), sums, p));
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
                for (Object[] field : updates.stateFields(p, parameterName(p))) {
                    out.add(Statement.of(6, "$N = 0", names.get(field[0])));
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
    public List<Statement> loadInputs(String x) {
        List<Statement> out = new ArrayList<>();
        String mean = names.get(Names.Member.MEAN);
        String std = names.get(Names.Member.STD);
        for (int i = 0; i < forward.inputs().size(); i++) {
            String input = names.of(forward.inputs().get(i));
            out.add(network.input().normalize()
                    ? Statement.of(20, "$N = ($N[$L] - $N[$L]) / $N[$L]", input, x, i, mean, i, std, i)
                    : Statement.of(8, "$N = $N[$L]", input, x, i));
        }
        return out;
    }

    @Override
    public List<Statement> loadTargets(String t) {
        List<Statement> out = new ArrayList<>();
        for (int k = 0; k < forward.targets().size(); k++) {
            out.add(Statement.of(8, "$N = $N[$L]", names.of(forward.targets().get(k)), t, k));
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
    public List<Statement> update() {
        List<Statement> out = new ArrayList<>();
        for (int p : forward.parameters()) {
            if (trainable[p]) {
                out.addAll(updates.update(p, parameterName(p)));
            }
        }
        return out;
    }
}
