package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.OptimizerStep;
import dev.nnc.compiler.graph.OptimizerStep.Slot;
import dev.nnc.runtime.OptimizerSettings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the optimizer's update of every trainable parameter from its gradient sum, which is
 * turned into the batch mean and cleared afterwards, in the tutorials' plain arithmetic
 * ({@code w -= rate * g}), which reproduces the reference results bit for bit.
 */
final class UpdateWriter {
    private final Names names;
    private final OptimizerSettings optimizer;
    private final int weightCount;
    private final Scalar scalar;

    /** @param weightCount the network's weights, which come before its biases and alone are decayed */
    UpdateWriter(Names names, OptimizerSettings optimizer, int weightCount, Scalar scalar) {
        this.names = names;
        this.optimizer = optimizer;
        this.weightCount = weightCount;
        this.scalar = scalar;
    }

    /**
     * One field of a parameter's optimizer state: the tag its name is allocated under, the name asked
     * for, and the value it starts from (and is reset to).
     */
    record StateField(StateTag tag, String suggestion, double initial) {
    }

    /** The tag of parameter {@code parameter}'s velocity or first moment. */
    record StateTag(Slot slot, int parameter) {
    }

    /** The state fields one parameter needs: adam's moment and velocity, momentum's velocity, none for sgd. */
    static List<StateField> stateFields(OptimizerSettings optimizer, int parameter, String parameterName) {
        StateField velocity = new StateField(new StateTag(Slot.VELOCITY, parameter), "v_" + parameterName, 0.0);
        return switch (optimizer.kind()) {
            case SGD -> List.of();
            case MOMENTUM -> List.of(velocity);
            case ADAM -> List.of(new StateField(new StateTag(Slot.MOMENT, parameter), "m_" + parameterName, 0.0),
                    velocity);
            case RPROP -> List.of(new StateField(new StateTag(Slot.STEP_SIZE, parameter), "delta_" + parameterName,
                            optimizer.rprop().delta0()),
                    new StateField(new StateTag(Slot.PREVIOUS, parameter), "prev_" + parameterName, 0.0));
        };
    }

    /**
     * Whether a batch of one updates as the backward pass goes ({@code w -= rate * dw} at once): plain
     * sgd without weight decay, whose update needs nothing but the gradient.
     */
    static boolean fusesWithBackward(OptimizerSettings optimizer) {
        return optimizer.kind() == dev.nnc.runtime.OptimizerKind.SGD && optimizer.weightDecay() == 0;
    }

    /** Whether parameter {@code p} (numbered from 0, weights first) is a weight that the optimizer decays. */
    static boolean decayed(OptimizerSettings optimizer, int p, int weightCount) {
        return decayed(optimizer, p < weightCount);
    }

    /** Whether the optimizer decays a parameter that is a weight ({@code weight}) or a bias: weights only, when λ ≠ 0. */
    static boolean decayed(OptimizerSettings optimizer, boolean weight) {
        return weight && optimizer.weightDecay() != 0;
    }

    /**
     * The statements updating parameter {@code p} (field {@code w}) from its gradient sum ({@code
     * corrected}: see {@link StageWriter#update}; only the corrected ones are recorded for explain).
     */
    List<Statement> update(int p, String w, boolean corrected) {
        Map<Slot, CodeBlock> slots = new EnumMap<>(Slot.class);
        slots.put(Slot.PARAMETER, CodeBlock.of("$N", w));
        slots.put(Slot.GRADIENT, CodeBlock.of("$N", names.get(PassWriter.gradientTag(p))));
        for (StateField field : stateFields(optimizer, p, w)) {
            slots.put(field.tag().slot(), CodeBlock.of("$N", names.get(field.tag())));
        }
        slots.putAll(hyperparameters(names, optimizer));
        boolean decayed = decayed(optimizer, p, weightCount);
        StepCode step = new StepCode(OptimizerStep.of(optimizer.kind(), decayed), slots, false, scalar);
        if (!corrected) {
            return step.uncorrected().statements();
        }
        List<Statement> out = step.statements();
        names.recordUpdate(p, w, names.get(PassWriter.gradientTag(p)), out.subList(0, out.size() - 1));
        return out;
    }

    /** Where the hyperparameters the optimizer uses live: one field each, shared by every parameter. */
    static Map<Slot, CodeBlock> hyperparameters(Names names, OptimizerSettings optimizer) {
        Map<Slot, Names.Member> members = new EnumMap<>(Slot.class);
        members.put(Slot.RATE, Names.Member.RATE);
        members.put(Slot.BATCH, Names.Member.BATCH);
        if (optimizer.weightDecay() != 0) {
            members.put(Slot.DECAY, Names.Member.DECAY);
        }
        switch (optimizer.kind()) {
            case MOMENTUM -> members.put(Slot.BETA, Names.Member.BETA);
            case ADAM -> {
                members.put(Slot.BETA1, Names.Member.BETA1);
                members.put(Slot.BETA2, Names.Member.BETA2);
                members.put(Slot.CORRECTION1, Names.Member.CORRECTION1);
                members.put(Slot.CORRECTION2, Names.Member.CORRECTION2);
                members.put(Slot.EPS, Names.Member.EPS);
            }
            case RPROP -> {
                members.put(Slot.DELTA_MIN, Names.Member.DELTA_MIN);
                members.put(Slot.DELTA_MAX, Names.Member.DELTA_MAX);
                members.put(Slot.ETA_PLUS, Names.Member.ETA_PLUS);
                members.put(Slot.ETA_MINUS, Names.Member.ETA_MINUS);
            }
            case SGD -> {
            }
        }
        Map<Slot, CodeBlock> slots = new EnumMap<>(Slot.class);
        members.forEach((slot, member) -> slots.put(slot, CodeBlock.of("$N", names.get(member))));
        return slots;
    }
}
