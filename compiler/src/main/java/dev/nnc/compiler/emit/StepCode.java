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
 *
 * <p>In a loop, the division by the batch size is written with a shortcut that gives the same bits:
 * {@code x / batch} is {@code x * (1.0 / batch)} when the batch is a power of two (both are x 2^-k
 * rounded once). The condition does not change within the loop, so HotSpot unswitches it into two
 * loops and vectorises each. Adam's divisions by its bias corrections have no such shortcut, though
 * {@code m / correction1} is {@code m} once the correction has reached 1 (after about 350 steps;
 * {@code correction2} after about 37,000): with three conditions HotSpot compiled eight versions of
 * every loop, which took it a third of a second for a 64-32-10 network and, when a correction
 * reached 1, again; the whole of a 200-epoch run was 15% slower than with the divisions. Instead the
 * class has a second update, {@link #uncorrected()}, which it calls once both corrections are 1.
 */
final class StepCode {
    private final OptimizerStep step;
    private final Map<Slot, CodeBlock> slots;
    private final boolean locals;
    private final Scalar scalar;
    private final boolean shortcuts;
    private final boolean corrected;

    /**
     * @param slots where each slot the step uses lives
     * @param locals whether temporary values live in locals ({@code double mean = g[k] / batch})
     *     rather than in their slot ({@code g /= batch})
     * @param scalar the arithmetic of the class
     */
    StepCode(OptimizerStep step, Map<Slot, CodeBlock> slots, boolean locals, Scalar scalar) {
        this(step, slots, locals, scalar, false);
    }

    /**
     * @param shortcuts whether divisions by the batch size are written with their shortcut (for a
     *     loop, which HotSpot unswitches on it)
     */
    StepCode(OptimizerStep step, Map<Slot, CodeBlock> slots, boolean locals, Scalar scalar, boolean shortcuts) {
        this(step, slots, locals, scalar, shortcuts, true);
    }

    private StepCode(OptimizerStep step, Map<Slot, CodeBlock> slots, boolean locals, Scalar scalar, boolean shortcuts,
                     boolean corrected) {
        this.step = step;
        this.slots = Map.copyOf(slots);
        this.locals = locals;
        this.scalar = scalar;
        this.shortcuts = shortcuts;
        this.corrected = corrected;
    }

    /**
     * The step once adam's bias corrections have both reached 1: {@code m / correction1} written as
     * {@code m}, the same number, without the division (the class calls it only then).
     */
    StepCode uncorrected() {
        return new StepCode(step, slots, locals, scalar, shortcuts, false);
    }

    /** The step's statements, in order. */
    List<Statement> statements() {
        Map<Node, CodeBlock> references = new HashMap<>();
        slots.forEach((slot, code) -> references.put(step.slot(slot), code));
        ExpressionWriter writer = new ExpressionWriter(node -> Optional.ofNullable(references.get(node)), scalar);
        List<Statement> out = new ArrayList<>();
        for (Assignment a : step.assignments()) {
            if (shortcuts || !corrected) {
                addShortcuts(a.value(), writer, references);
            }
            int cost = 4 + writer.cost(a.value(), true);
            if (a.temporary() && locals) {
                CodeBlock value = references.containsKey(a.value()) ? references.get(a.value()) : writer.definition(a.value());
                out.add(new Statement(CodeBlock.builder()
                        .addStatement("$T $N = $L", scalar.type(), a.local(), value).build(), cost));
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

    /**
     * Records, for every division in {@code node} by the batch size (with shortcuts) or by a bias
     * correction (uncorrected), the code that computes it with its shortcut (innermost first, so that
     * a shortcut's operand uses its own).
     */
    private void addShortcuts(Node node, ExpressionWriter writer, Map<Node, CodeBlock> references) {
        if (references.containsKey(node)) {
            return;
        }
        for (Node arg : node.args()) {
            addShortcuts(arg, writer, references);
        }
        if (node.op() != Op.DIV) {
            return;
        }
        Node divisor = node.arg(1);
        CodeBlock x = writer.factor(node.arg(0));
        if (!corrected && slots.containsKey(Slot.CORRECTION1)
                && (divisor.equals(step.slot(Slot.CORRECTION1)) || divisor.equals(step.slot(Slot.CORRECTION2)))) {
            references.put(node, writer.reference(node.arg(0)));
        }
        if (shortcuts && divisor.equals(step.slot(Slot.BATCH)) && slots.containsKey(Slot.BATCH)) {
            CodeBlock batch = slots.get(Slot.BATCH);
            references.put(node, CodeBlock.of("(($L & $L - 1) == 0 ? $L * ($L / $L) : $L / $L)", batch, batch,
                    x, scalar.fractionLiteral(1.0), batch, x, batch));
        }
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
