package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.nnc.compiler.model.Network;
import java.util.List;

/** A loop layer as a stage: its arrays, its passes and, for the output layer, the loss. */
final class LoopStageWriter implements StageWriter {
    private final LoopArrays arrays;
    private final LoopForwardWriter forward;
    private final LoopBackwardWriter backward;
    private final String dIn;
    private final Names names;
    private final String inputArray;
    private final String targetArray;

    /**
     * @param in the array of the layer's inputs: {@code inputArray} for the first layer
     * @param dIn where dL/d(input) goes (the previous stage's adjoint array), null for the first layer
     * @param targetArray the targets' array, for the output layer (else null)
     * @param species the class's Vector API species constant when input-major axpy loops use the
     *     Vector API, else null
     */
    LoopStageWriter(LoopArrays arrays, Names names, String in, String dIn, String inputArray, String targetArray,
            String species) {
        this.arrays = arrays;
        VectorAxpyWriter vectors = species == null || !VectorAxpyWriter.applies(arrays.plan(), arrays.scalar())
                ? null : new VectorAxpyWriter(arrays, species, in);
        this.forward = new LoopForwardWriter(arrays, in, vectors);
        this.backward = new LoopBackwardWriter(arrays, in, vectors);
        this.dIn = dIn;
        this.names = names;
        this.inputArray = inputArray;
        this.targetArray = targetArray;
    }

    private LoopLossWriter loss() {
        return new LoopLossWriter(backward, targetArray, names.get(Names.Member.LOSS));
    }

    @Override
    public List<FieldSpec> weightFields() {
        return arrays.weightFields();
    }

    @Override
    public List<FieldSpec> biasFields() {
        return arrays.biasFields();
    }

    @Override
    public List<FieldSpec> valueFields() {
        return arrays.valueFields();
    }

    @Override
    public List<FieldSpec> gradientFields() {
        return arrays.gradientFields();
    }

    @Override
    public List<Statement> initialWeights() {
        return arrays.initialWeights();
    }

    @Override
    public List<Statement> initialBiases() {
        return arrays.initialBiases();
    }

    @Override
    public List<Statement> parametersTo(String values, boolean weights) {
        return weights ? arrays.weightsTo(values) : arrays.biasesTo(values);
    }

    @Override
    public List<Statement> parametersFrom(String values, boolean weights, Scalar source) {
        return weights ? arrays.weightsFrom(values, source) : arrays.biasesFrom(values, source);
    }

    @Override
    public List<Statement> gradientsTo(String sums, boolean weights) {
        return weights ? arrays.weightGradientsTo(sums) : arrays.biasGradientsTo(sums);
    }

    @Override
    public List<Statement> gradientsFrom(String sums, boolean weights) {
        return weights ? arrays.weightGradientsFrom(sums) : arrays.biasGradientsFrom(sums);
    }

    @Override
    public List<Statement> clearState() {
        return arrays.clearState();
    }

    @Override
    public List<Statement> copyState(String to) {
        return arrays.copyState(to);
    }

    @Override
    public List<Statement> loadInputs(String x, Scalar source) {
        Network network = arrays.network();
        Scalar scalar = arrays.scalar();
        int n = network.input().size();
        if (!network.input().normalize()) {
            return List.of(Statement.copy(x, 0, inputArray, 0, n, e -> scalar.from(source, e)));
        }
        return List.of(new Statement(CodeBlock.builder()
                .beginControlFlow("for (int i = 0; i < $L; i++)", n)
                .addStatement("$N[i] = $L", inputArray, scalar.fromDoubleExpression(CodeBlock.of(
                        "($N[i] - $N[i]) / $N[i]", x, names.get(Names.Member.MEAN), names.get(Names.Member.STD))))
                .endControlFlow().build(), 40));
    }

    @Override
    public List<Statement> loadTargets(String t, Scalar source) {
        return List.of(Statement.copy(t, 0, targetArray, 0, arrays.layer().size(), e -> arrays.scalar().from(source, e)));
    }

    @Override
    public List<Statement> storeOutputs(String y) {
        return List.of(Statement.copy(arrays.out(), 0, y, 0, arrays.layer().size()));
    }

    @Override
    public List<Statement> forwardPass() {
        return forward.forward();
    }

    @Override
    public List<Statement> lossPass() {
        return loss().value();
    }

    @Override
    public List<Statement> backwardPass(boolean fused) {
        List<Statement> out = new java.util.ArrayList<>(LoopCode.comment(arrays, "backward"));
        out.addAll(targetArray != null ? loss().deltas() : backward.hiddenDelta());
        out.addAll(backward.gradients(dIn, fused));
        return out;
    }

    @Override
    public List<Statement> update(boolean corrected) {
        return new LoopUpdateWriter(arrays, names).update(corrected);
    }

    @Override
    public String outputArray() {
        return arrays.out();
    }

    @Override
    public String adjointArray() {
        return arrays.dout();
    }
}
