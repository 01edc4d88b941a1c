package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.OptimizerStep;
import dev.nnc.compiler.graph.OptimizerStep.Slot;
import dev.nnc.runtime.OptimizerKind;
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
    private final Scalar scalar;

    UpdateWriter(Names names, OptimizerSettings optimizer, Scalar scalar) {
        this.names = names;
        this.optimizer = optimizer;
        this.scalar = scalar;
    }

    /** One field of a parameter's optimizer state: the tag its name is allocated under, and the name asked for. */
    record StateField(StateTag tag, String suggestion) {
    }

    /** The tag of parameter {@code parameter}'s velocity or first moment. */
    record StateTag(Slot slot, int parameter) {
    }

    /** The state fields one parameter needs: adam's moment and velocity, momentum's velocity, none for sgd. */
    static List<StateField> stateFields(OptimizerSettings optimizer, int parameter, String parameterName) {
        StateField velocity = new StateField(new StateTag(Slot.VELOCITY, parameter), "v_" + parameterName);
        return switch (optimizer.kind()) {
            case SGD -> List.of();
            case MOMENTUM -> List.of(velocity);
            case ADAM -> List.of(new StateField(new StateTag(Slot.MOMENT, parameter), "m_" + parameterName), velocity);
        };
    }

    /** The statements updating parameter {@code p} (field {@code w}) from its gradient sum. */
    List<Statement> update(int p, String w) {
        Map<Slot, CodeBlock> slots = new EnumMap<>(Slot.class);
        slots.put(Slot.PARAMETER, CodeBlock.of("$N", w));
        slots.put(Slot.GRADIENT, CodeBlock.of("$N", names.get(PassWriter.gradientTag(p))));
        switch (optimizer.kind()) {
            case MOMENTUM -> slots.put(Slot.VELOCITY, CodeBlock.of("$N", names.get(new StateTag(Slot.VELOCITY, p))));
            case ADAM -> {
                slots.put(Slot.MOMENT, CodeBlock.of("$N", names.get(new StateTag(Slot.MOMENT, p))));
                slots.put(Slot.VELOCITY, CodeBlock.of("$N", names.get(new StateTag(Slot.VELOCITY, p))));
            }
            case SGD -> {
            }
        }
        slots.putAll(hyperparameters(names, optimizer.kind()));
        List<Statement> out = new StepCode(OptimizerStep.of(optimizer.kind()), slots, false, scalar).statements();
        names.recordUpdate(p, w, names.get(PassWriter.gradientTag(p)), out.subList(0, out.size() - 1));
        return out;
    }

    /** Where the hyperparameters {@code kind} uses live: one field each, shared by every parameter. */
    static Map<Slot, CodeBlock> hyperparameters(Names names, OptimizerKind kind) {
        Map<Slot, Names.Member> members = new EnumMap<>(Slot.class);
        members.put(Slot.RATE, Names.Member.RATE);
        members.put(Slot.BATCH, Names.Member.BATCH);
        switch (kind) {
            case MOMENTUM -> members.put(Slot.BETA, Names.Member.BETA);
            case ADAM -> {
                members.put(Slot.BETA1, Names.Member.BETA1);
                members.put(Slot.BETA2, Names.Member.BETA2);
                members.put(Slot.CORRECTION1, Names.Member.CORRECTION1);
                members.put(Slot.CORRECTION2, Names.Member.CORRECTION2);
                members.put(Slot.EPS, Names.Member.EPS);
            }
            case SGD -> {
            }
        }
        Map<Slot, CodeBlock> slots = new EnumMap<>(Slot.class);
        members.forEach((slot, member) -> slots.put(slot, CodeBlock.of("$N", names.get(member))));
        return slots;
    }
}
