package dev.nnc.compiler.emit;

import com.palantir.javapoet.FieldSpec;
import java.util.List;

/**
 * One stage of a class with loop layers (a run of unrolled layers, or one loop layer): its fields
 * and its share of every method. Parameters keep the language's numbering whatever the stage.
 */
interface StageWriter {
    List<FieldSpec> weightFields();

    List<FieldSpec> biasFields();

    /** Forward values, deltas, and the arrays shared with neighbouring stages. */
    List<FieldSpec> valueFields();

    /** Gradient sums and optimizer state. */
    List<FieldSpec> gradientFields();

    List<Statement> initialWeights();

    List<Statement> initialBiases();

    /** Copies the stage's weights ({@code weights}) or biases into {@code values}, by parameter number. */
    List<Statement> parametersTo(String values, boolean weights);

    /** The reverse, from {@code values}, an array of {@code source} numbers. */
    List<Statement> parametersFrom(String values, boolean weights, Scalar source);

    /** Copies the gradient sums (0 for frozen parameters) into {@code sums}, by parameter number. */
    List<Statement> gradientsTo(String sums, boolean weights);

    /** The reverse, from {@code sums}, an array of doubles. */
    List<Statement> gradientsFrom(String sums, boolean weights);

    /** Clears the gradient sums and the optimizer's state. */
    List<Statement> clearState();

    /** Copies the optimizer's state (not the gradient sums) into {@code to}, another instance of the class. */
    List<Statement> copyState(String to);

    /** First stage only: reads (and standardises) the inputs from {@code x}, an array of {@code source} numbers. */
    List<Statement> loadInputs(String x, Scalar source);

    /** Last stage only: reads the targets from {@code t}, an array of {@code source} numbers. */
    List<Statement> loadTargets(String t, Scalar source);

    /** Last stage only: writes the outputs into {@code y}. */
    List<Statement> storeOutputs(String y);

    List<Statement> forwardPass();

    /** Last stage only: the sample's loss into E_total. */
    List<Statement> lossPass();

    /**
     * The backward pass, from dL/dout of the stage's outputs (or the loss) to its inputs'; with
     * {@code fused}, plain sgd is applied to the parameters at once instead of summing.
     */
    List<Statement> backwardPass(boolean fused);

    /**
     * The optimizer's update of every parameter from its sums; with {@code corrected} false, adam's
     * update once its bias corrections are both 1 (without dividing by them).
     */
    List<Statement> update(boolean corrected);

    /** The array holding the stage's outputs, read by a following loop layer. */
    String outputArray();

    /** The array a following stage writes dL/dout of this stage's outputs into. */
    String adjointArray();
}
