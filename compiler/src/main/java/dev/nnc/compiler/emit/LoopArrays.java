package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.nnc.compiler.graph.OptimizerStep.Slot;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.LayerPlan;
import dev.nnc.compiler.plan.Layout;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Doubles;
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
        allocate(Role.W);
        if (hasBias()) {
            allocate(Role.B);
        }
        allocate(Role.NET);
        if (layer.activation() != Activation.LINEAR) {
            allocate(Role.OUT);
        }
        if (layer.activation() == Activation.SOFTMAX) {
            allocate(Role.EXP);
            allocate(Role.MAX);
            allocate(Role.SUM);
        }
        allocate(Role.DELTA);
        if (hasNext) {
            allocate(Role.DOUT);
        }
        for (Role array : trainableArrays()) {
            names.allocate("d" + get(array), new Tag(plan.index(), array, Slot.GRADIENT));
            for (Slot state : stateKinds()) {
                names.allocate(local(state) + "_" + get(array), new Tag(plan.index(), array, state));
            }
        }
    }

    /** The arrays of a loop layer, each named after its role and the layer ({@code net_h}). */
    enum Role {
        W, B, NET, OUT, EXP, MAX, SUM, DELTA, DOUT
    }

    /**
     * The name tag of one of the layer's arrays: a role's values ({@link Slot#PARAMETER}), or for
     * the trainable weights and biases also their gradient sums and optimizer state.
     */
    private record Tag(int layer, Role role, Slot slot) {
    }

    private void allocate(Role role) {
        names.allocate(role.name().toLowerCase(java.util.Locale.ROOT) + "_" + layer.name(),
                new Tag(plan.index(), role, Slot.PARAMETER));
    }

    /** The array holding {@code role}'s values. */
    String get(Role role) {
        return names.get(new Tag(plan.index(), role, Slot.PARAMETER));
    }

    /** The gradient sums or optimizer state ({@code slot}) of the trainable array {@code array}. */
    String get(Role array, Slot slot) {
        return slot == Slot.PARAMETER ? get(array) : names.get(new Tag(plan.index(), array, slot));
    }

    /** The local a row of optimizer state is read into: {@code m} or {@code v}. */
    static String local(Slot state) {
        return switch (state) {
            case MOMENT -> "m";
            case VELOCITY -> "v";
            case STEP_SIZE -> "delta";
            case PREVIOUS -> "prev";
            case PARAMETER, GRADIENT, RATE, BATCH, BETA, BETA1, BETA2, CORRECTION1, CORRECTION2, EPS, DECAY, DELTA_MIN,
                 DELTA_MAX, ETA_PLUS, ETA_MINUS ->
                    throw new IllegalArgumentException("not optimizer state: " + state);
        };
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
        return get(Role.W);
    }

    String b() {
        return get(Role.B);
    }

    String net() {
        return get(Role.NET);
    }

    /** The outputs; the net inputs themselves for a linear layer. */
    String out() {
        return layer.activation() == Activation.LINEAR ? net() : get(Role.OUT);
    }

    String exp() {
        return get(Role.EXP);
    }

    String max() {
        return get(Role.MAX);
    }

    String sum() {
        return get(Role.SUM);
    }

    String delta() {
        return get(Role.DELTA);
    }

    /** dL/dout, written by the next layer's backward pass. */
    String dout() {
        return get(Role.DOUT);
    }

    String dw() {
        return get(Role.W, Slot.GRADIENT);
    }

    String db() {
        return get(Role.B, Slot.GRADIENT);
    }

    String rate() {
        return names.get(Names.Member.RATE);
    }

    /** The weights, and the biases when they train. */
    List<Role> trainableArrays() {
        return biasTrains() ? List.of(Role.W, Role.B) : List.of(Role.W);
    }

    /** The optimizer's state per parameter: adam's moment and velocity, momentum's velocity, rprop's step and previous gradient. */
    List<Slot> stateKinds() {
        return switch (network.optimizer().kind()) {
            case SGD -> List.of();
            case MOMENTUM -> List.of(Slot.VELOCITY);
            case ADAM -> List.of(Slot.MOMENT, Slot.VELOCITY);
            case RPROP -> List.of(Slot.STEP_SIZE, Slot.PREVIOUS);
        };
    }

    int length(Role array) {
        return array == Role.W ? layer.weights().size() : layer.bias().initial().size();
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
    private FieldSpec shaped(Role array, String name) {
        return array == Role.W ? matrix(name) : array(name, length(array));
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
        for (Role array : trainableArrays()) {
            fields.add(shaped(array, get(array, Slot.GRADIENT)));
            for (Slot state : stateKinds()) {
                fields.add(shaped(array, get(array, state)));
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
        CodeBlock start = weightOffset == 0 ? CodeBlock.of("") : CodeBlock.of("$L + ", weightOffset);
        CodeBlock numbered = CodeBlock.of(inputMajor ? "$Lk * $L + r" : "$Lr * $L + k", start, m);
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
        for (Role array : trainableArrays()) {
            out.add(clear(array, get(array, Slot.GRADIENT)));
            for (Slot state : stateKinds()) {
                out.add(fill(array, get(array, state), state == Slot.STEP_SIZE
                        ? scalar.literal(network.optimizer().rprop().delta0()) : scalar.zero()));
            }
        }
        return out;
    }

    /** Copies the optimizer's state (not the gradient sums) into {@code to}, another instance of the class. */
    List<Statement> copyState(String to) {
        List<Statement> out = new ArrayList<>();
        for (Role array : trainableArrays()) {
            for (Slot state : stateKinds()) {
                String name = get(array, state);
                CodeBlock.Builder copy = CodeBlock.builder();
                if (array == Role.W) {
                    copy.beginControlFlow("for (int r = 0; r < $L; r++)", rows())
                            .addStatement("$T row = $N[r]", scalar.array(), name)
                            .addStatement("$T copied = $N.$N[r]", scalar.array(), to, name)
                            .beginControlFlow("for (int k = 0; k < $L; k++)", rowLength())
                            .addStatement("copied[k] = row[k]")
                            .endControlFlow().endControlFlow();
                } else {
                    copy.beginControlFlow("for (int k = 0; k < $L; k++)", length(array))
                            .addStatement("$N.$N[k] = $N[k]", to, name, name)
                            .endControlFlow();
                }
                out.add(new Statement(copy.build(), array == Role.W ? 50 : 30));
            }
        }
        return out;
    }

    private Statement clear(Role array, String name) {
        return fill(array, name, scalar.zero());
    }

    private Statement fill(Role array, String name, CodeBlock value) {
        if (array != Role.W) {
            return Statement.of(8, "$T.fill($N, $L)", Arrays.class, name, value);
        }
        return new Statement(CodeBlock.builder().beginControlFlow("for ($T row : $N)", scalar.array(), name)
                .addStatement("$T.fill(row, $L)", Arrays.class, value).endControlFlow().build(), 20);
    }
}
