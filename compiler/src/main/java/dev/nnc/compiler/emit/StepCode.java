package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.graph.Op;
import dev.nnc.compiler.graph.OptimizerStep;
import dev.nnc.compiler.graph.OptimizerStep.Assignment;
import dev.nnc.compiler.graph.OptimizerStep.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an {@link OptimizerStep} as statements, with each slot read and written where the caller
 * keeps it: a field of the unrolled class, or an array element of a loop. An assignment whose value
 * starts with its own target is written as a compound assignment ({@code w -= rate * v}).
 */
final class StepCode {
    private final OptimizerStep step;
    private final Map<Slot, CodeBlock> slots;
    private final boolean locals;
    private final Scalar scalar;

    /**
     * @param slots where each slot the step uses lives
     * @param locals whether temporary values live in locals ({@code double mean = g[k] / batch})
     *     rather than in their slot ({@code g /= batch})
     * @param scalar the arithmetic of the class
     */
    StepCode(OptimizerStep step, Map<Slot, CodeBlock> slots, boolean locals, Scalar scalar) {
        this.step = step;
        this.slots = Map.copyOf(slots);
        this.locals = locals;
        this.scalar = scalar;
    }

    /** The step's statements, in order. */
    List<Statement> statements() {
        Map<Node, CodeBlock> references = new HashMap<>();
        slots.forEach((slot, code) -> references.put(step.slot(slot), code));
        ExpressionWriter writer = new ExpressionWriter(node -> Optional.ofNullable(references.get(node)), scalar);
        List<Statement> out = new ArrayList<>();
        for (Assignment a : step.assignments()) {
            int cost = 4 + writer.cost(a.value(), true);
            if (a.temporary() && locals) {
                out.add(new Statement(CodeBlock.builder()
                        .addStatement("$T $N = $L", scalar.type(), a.local(), writer.definition(a.value())).build(), cost));
                references.put(a.value(), CodeBlock.of("$N", a.local()));
                continue;
            }
            out.add(new Statement(assignment(writer, a.target(), a.value()), cost));
            if (a.temporary()) {
                references.put(a.value(), slots.get(a.target()));
            }
        }
        return out;
    }

    /** {@code target = value}, or {@code target op= rest} when the value is {@code target op rest}. */
    private CodeBlock assignment(ExpressionWriter writer, Slot slot, Node value) {
        CodeBlock to = slots.get(slot);
        Node target = step.slot(slot);
        String compound = value.args().size() == 2 && value.arg(0).equals(target) ? operator(value.op()) : null;
        if (compound != null) {
            return CodeBlock.builder().addStatement("$L $L= $L", to, compound, writer.reference(value.arg(1))).build();
        }
        return CodeBlock.builder().addStatement("$L = $L", to, writer.definition(value)).build();
    }

    private static String operator(Op op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case DIV -> "/";
            default -> null;
        };
    }
}
