package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.LayerPlan;
import dev.nnc.compiler.plan.Layout;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Doubles;
import dev.nnc.runtime.OptimizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The arrays of one loop layer (weights, biases, net inputs, outputs, deltas, gradient sums,
 * optimizer state), and everything done to them element by element: initial values, parameter
 * access in the language's numbering whatever the layout, and the optimizer's update.
 */
final class LoopArrays {
    private final Network network;
    private final Scalar scalar;
    private final LayerPlan plan;
    private final Layer layer;
    private final Names names;
    private final boolean hasNext;
    private final int weightOffset;
    private final int biasOffset;

    /**
     * @param hasNext whether another layer follows (it writes this layer's {@link #dout()})
     */
    LoopArrays(Network network, LayerPlan plan, Names names, boolean hasNext, Scalar scalar) {
        this.network = network;
        this.scalar = scalar;
        this.plan = plan;
        this.layer = plan.layer();
        this.names = names;
        this.hasNext = hasNext;
        this.weightOffset = network.weightOffset(plan.index());
        this.biasOffset = network.weightCount() + network.biasOffset(plan.index());
        String name = layer.name();
        allocate("w", "w_" + name);
        if (hasBias()) {
            allocate("b", "b_" + name);
        }
        allocate("net", "net_" + name);
        if (layer.activation() != Activation.LINEAR) {
            allocate("out", "out_" + name);
        }
        if (layer.activation() == Activation.SOFTMAX) {
            allocate("exp", "exp_" + name);
            allocate("max", "max_" + name);
            allocate("sum", "sum_" + name);
        }
        allocate("delta", "delta_" + name);
        if (hasNext) {
            allocate("dout", "dout_" + name);
        }
        for (String array : trainableArrays()) {
            allocate("d" + array, "d" + names.get(tag(array)));
            for (String state : stateKinds()) {
                allocate(state + array, state + "_" + names.get(tag(array)));
            }
        }
    }

    Object tag(String role) {
        return "loop:" + plan.index() + ":" + role;
    }

    private void allocate(String role, String suggestion) {
        names.allocate(suggestion, tag(role));
    }

    String get(String role) {
        return names.get(tag(role));
    }

    Network network() {
        return network;
    }

    /** The type of the arrays' elements and of the loops' arithmetic. */
    Scalar scalar() {
        return scalar;
    }

    LayerPlan plan() {
        return plan;
    }

    Layer layer() {
        return layer;
    }

    boolean hasBias() {
        return layer.bias().mode() != BiasMode.NONE;
    }

    private boolean biasTrains() {
        return hasBias() && !layer.bias().frozen();
    }

    String w() {
        return get("w");
    }

    String b() {
        return get("b");
    }

    String net() {
        return get("net");
    }

    /** The outputs; the net inputs themselves for a linear layer. */
    String out() {
        return layer.activation() == Activation.LINEAR ? net() : get("out");
    }

    String exp() {
        return get("exp");
    }

    String max() {
        return get("max");
    }

    String sum() {
        return get("sum");
    }

    String delta() {
        return get("delta");
    }

    /** dL/dout, written by the next layer's backward pass. */
    String dout() {
        return get("dout");
    }

    String dw() {
        return get("dw");
    }

    String db() {
        return get("db");
    }

    String rate() {
        return names.get(Names.Member.RATE);
    }

    /** "w", and "b" when the biases train. */
    List<String> trainableArrays() {
        return biasTrains() ? List.of("w", "b") : List.of("w");
    }

    List<String> stateKinds() {
        OptimizerKind kind = network.optimizer().kind();
        return kind == OptimizerKind.ADAM ? List.of("m", "v") : kind == OptimizerKind.MOMENTUM ? List.of("v") : List.of();
    }

    int length(String array) {
        return array.equals("w") ? layer.weights().size() : layer.bias().initial().size();
    }

    private FieldSpec array(String name, int length) {
        return FieldSpec.builder(scalar.array(), name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T[$L]", scalar.type(), length).build();
    }

    /** Weight-shaped: one row per input (input-major) or per neuron (neuron-major). */
    private FieldSpec matrix(String name) {
        return FieldSpec.builder(scalar.matrix(), name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T[$L][$L]", scalar.type(), rows(), rowLength()).build();
    }

    /** Rows of the weight matrix: inputs (input-major) or neurons (neuron-major). */
    int rows() {
        return plan.layout() == Layout.INPUT_MAJOR ? layer.fanIn() : layer.size();
    }

    /** Length of a row of the weight matrix. */
    int rowLength() {
        return plan.layout() == Layout.INPUT_MAJOR ? layer.size() : layer.fanIn();
    }

    /** A parameter-shaped field: a matrix for the weights, an array for the biases. */
    private FieldSpec shaped(String array, String name) {
        return array.equals("w") ? matrix(name) : array(name, length(array));
    }

    List<FieldSpec> weightFields() {
        String where = (plan.layout() == Layout.INPUT_MAJOR ? "[i][j]" : "[j][i]") + " is w" + (weightOffset + 1)
                + " + " + layer.fanIn() + " j + i";
        return List.of(matrix(w()).toBuilder()
                .addJavadoc("Layer $L's weights: $N$L, from input i to neuron j (from 0).\n",
                        SourceText.args(layer.name(), w(), where))
                .build());
    }

    List<FieldSpec> biasFields() {
        return hasBias() ? List.of(array(b(), layer.bias().initial().size())) : List.of();
    }

    List<FieldSpec> valueFields() {
        int n = layer.size();
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(array(net(), n));
        if (layer.activation() != Activation.LINEAR) {
            fields.add(array(out(), n));
        }
        if (layer.activation() == Activation.SOFTMAX) {
            fields.add(array(exp(), n));
            fields.add(FieldSpec.builder(scalar.type(), max(), Modifier.PRIVATE).build());
            fields.add(FieldSpec.builder(scalar.type(), sum(), Modifier.PRIVATE).build());
        }
        fields.add(array(delta(), n));
        if (hasNext) {
            fields.add(array(dout(), n));
        }
        return fields;
    }

    List<FieldSpec> gradientFields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (String array : trainableArrays()) {
            fields.add(shaped(array, get("d" + array)));
            for (String state : stateKinds()) {
                fields.add(shaped(array, get(state + array)));
            }
        }
        return fields;
    }

    /** The weights row after row, in the matrix's layout. */
    private double[] storedWeights() {
        int n = layer.size();
        int m = layer.fanIn();
        double[] stored = new double[n * m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                stored[plan.layout() == Layout.INPUT_MAJOR ? i * n + j : j * m + i] = layer.weight(j, i);
            }
        }
        return stored;
    }

    List<Statement> initialWeights() {
        return decode(w(), storedWeights());
    }

    List<Statement> initialBiases() {
        return hasBias() ? decode(b(), layer.bias().initial().stream().mapToDouble(Double::doubleValue).toArray())
                : List.of();
    }

    /**
     * Exact initial values without one constant per value: Base64 of their bits in a few strings,
     * decoded into an array or, row after row, into a matrix (of floats, each value rounded, in a
     * float class).
     */
    private static List<Statement> decode(String array, double[] values) {
        List<Statement> out = new ArrayList<>();
        for (int from = 0; from < values.length; from += Doubles.PER_STRING) {
            int to = Math.min(values.length, from + Doubles.PER_STRING);
            out.add(Statement.of(12, "$T.decode($S, $N, $L)", Doubles.class, Doubles.encode(values, from, to), array, from));
        }
        return out;
    }

    /** Copies between the weight array and {@code values} in the language's numbering. */
    List<Statement> weightsTo(String values) {
        return copyWeights(w(), values, true, scalar);
    }

    List<Statement> weightsFrom(String values, Scalar source) {
        return copyWeights(w(), values, false, source);
    }

    List<Statement> biasesTo(String values) {
        return hasBias() ? List.of(Statement.copy(b(), 0, values, biasOffset, layer.bias().initial().size())) : List.of();
    }

    /** The biases from {@code values}, an array of {@code source} numbers. */
    List<Statement> biasesFrom(String values, Scalar source) {
        return hasBias() ? List.of(Statement.copy(values, biasOffset, b(), 0, layer.bias().initial().size(),
                e -> scalar.from(source, e))) : List.of();
    }

    List<Statement> weightGradientsTo(String sums) {
        return copyWeights(dw(), sums, true, scalar);
    }

    List<Statement> weightGradientsFrom(String sums) {
        return copyWeights(dw(), sums, false, Scalar.DOUBLE);
    }

    List<Statement> biasGradientsTo(String sums) {
        int count = layer.bias().initial().size();
        if (!hasBias()) {
            return List.of();
        }
        return biasTrains()
                ? List.of(Statement.copy(db(), 0, sums, biasOffset, count))
                : List.of(Statement.of(12, "$T.fill($N, $L, $L, 0.0)", Arrays.class, sums, biasOffset, biasOffset + count));
    }

    List<Statement> biasGradientsFrom(String sums) {
        return biasTrains() ? List.of(Statement.copy(sums, biasOffset, db(), 0,
                layer.bias().initial().size(), e -> scalar.from(Scalar.DOUBLE, e))) : List.of();
    }

    /**
     * Copies a weight-shaped matrix to or from {@code values}, an array of {@code source} numbers, in
     * the language's numbering.
     */
    private List<Statement> copyWeights(String matrix, String values, boolean out, Scalar source) {
        int m = layer.fanIn();
        boolean inputMajor = plan.layout() == Layout.INPUT_MAJOR;
        CodeBlock numbered = CodeBlock.of(inputMajor ? "$Lk * $L + r" : "$Lr * $L + k",
                weightOffset == 0 ? "" : weightOffset + " + ", m);
        CodeBlock.Builder b = CodeBlock.builder()
                .beginControlFlow("for (int r = 0; r < $L; r++)", rows())
                .addStatement("$T row = $N[r]", scalar.array(), matrix)
                .beginControlFlow("for (int k = 0; k < $L; k++)", rowLength());
        if (out) {
            b.addStatement("$N[$L] = row[k]", values, numbered);
        } else {
            b.addStatement("row[k] = $L", scalar.from(source, CodeBlock.of("$N[$L]", values, numbered)));
        }
        return List.of(new Statement(b.endControlFlow().endControlFlow().build(), 50));
    }

    /** Clears the gradient sums and the optimizer's state. */
    List<Statement> clearState() {
        List<Statement> out = new ArrayList<>();
        for (String array : trainableArrays()) {
            out.add(clear(array, get("d" + array)));
            for (String state : stateKinds()) {
                out.add(clear(array, get(state + array)));
            }
        }
        return out;
    }

    private Statement clear(String array, String name) {
        if (!array.equals("w")) {
            return Statement.of(8, "$T.fill($N, $L)", Arrays.class, name, scalar.zero());
        }
        return new Statement(CodeBlock.builder().beginControlFlow("for ($T row : $N)", scalar.array(), name)
                .addStatement("$T.fill(row, $L)", Arrays.class, scalar.zero()).endControlFlow().build(), 20);
    }
}
