package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.OptimizerStep;
import dev.nnc.compiler.graph.OptimizerStep.Slot;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The optimizer's update of a loop layer's parameters from their gradient sums: the same {@link
 * OptimizerStep} as the unrolled update of each parameter, with array elements as its slots.
 */
final class LoopUpdateWriter {
    private final LoopArrays a;
    private final Names names;

    LoopUpdateWriter(LoopArrays arrays, Names names) {
        this.a = arrays;
        this.names = names;
    }

    /**
     * The optimizer's step for every trainable array, then clears its sums: one loop each ({@code
     * corrected}: see {@link StageWriter#update}).
     */
    List<Statement> update(boolean corrected) {
        List<Statement> out = new ArrayList<>();
        for (LoopArrays.Role array : a.trainableArrays()) {
            out.add(new Statement(updateLoop(array, corrected), 100));
        }
        return out;
    }

    /**
     * The update of one parameter array (or of each row of the weights), with every array in the
     * loop indexed by the same {@code k} so that the JIT vectorises it.
     */
    private CodeBlock updateLoop(LoopArrays.Role array, boolean corrected) {
        boolean matrix = array == LoopArrays.Role.W;
        String p = matrix ? "p" : a.get(array);
        String g = matrix ? "g" : a.get(array, Slot.GRADIENT);
        CodeBlock.Builder b = CodeBlock.builder();
        if (matrix) {
            b.beginControlFlow("for (int r = 0; r < $L; r++)", a.rows())
                    .addStatement("$T p = $N[r]", a.scalar().array(), a.get(array))
                    .addStatement("$T g = $N[r]", a.scalar().array(), a.get(array, Slot.GRADIENT));
            for (Slot state : a.stateKinds()) {
                b.addStatement("$T $L = $N[r]", a.scalar().array(), LoopArrays.local(state), a.get(array, state));
            }
        }
        b.beginControlFlow("for (int k = 0; k < $L; k++)", matrix ? a.rowLength() : a.length(array));
        OptimizerSettings optimizer = a.network().optimizer();
        Map<Slot, CodeBlock> slots = new EnumMap<>(UpdateWriter.hyperparameters(names, optimizer));
        slots.put(Slot.PARAMETER, CodeBlock.of("$N[k]", p));
        slots.put(Slot.GRADIENT, CodeBlock.of("$N[k]", g));
        for (Slot state : a.stateKinds()) {
            slots.put(state, CodeBlock.of("$N[k]", matrix ? LoopArrays.local(state) : a.get(array, state)));
        }
        boolean decayed = UpdateWriter.decayed(optimizer, array == LoopArrays.Role.W);
        StepCode step = new StepCode(OptimizerStep.of(optimizer.kind(), decayed), slots, true, a.scalar(), true);
        for (Statement statement : (corrected ? step : step.uncorrected()).statements()) {
            b.add(statement.code());
        }
        b.endControlFlow();
        return matrix ? b.endControlFlow().build() : b.build();
    }
}
