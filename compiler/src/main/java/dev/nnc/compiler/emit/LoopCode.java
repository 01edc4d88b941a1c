package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.plan.Layout;
import java.util.ArrayList;
import java.util.List;

/** What the passes of a loop layer share: the block size of their dot products, comments, statements. */
final class LoopCode {
    /** Rows (neurons or inputs) whose dot products one loop computes at once. */
    static final int ROWS = 4;

    private LoopCode() {
    }

    /** {@code // model.nn:3 layer h (784 -> 128 sigmoid, loops, weights input-major): what}. */
    static List<Statement> comment(LoopArrays a, String what) {
        return List.of(Statement.comment("$L:$L layer $L ($L -> $L $L, loops, weights $L): $L", a.network().sourceName(),
                a.layer().line(), a.layer().name(), a.layer().fanIn(), a.layer().size(),
                a.layer().activation().spelling(),
                a.plan().layout() == Layout.INPUT_MAJOR ? "input-major" : "neuron-major", what));
    }

    /**
     * {@code body} for every block of four rows from 0 ({@code index} is the block's first row):
     * a loop over the whole blocks, then once more for the last four rows if some are left over.
     */
    static List<Statement> blocks(int count, CodeBlock body, String index) {
        List<Statement> out = new ArrayList<>();
        int whole = count - count % ROWS;
        out.add(loop(140, CodeBlock.builder()
                .beginControlFlow("for (int $L = 0; $L < $L; $L += $L)", index, index, whole, index, ROWS)
                .add(body).endControlFlow().build()));
        if (whole < count) {
            out.add(loop(140, CodeBlock.builder().add("{\n$>").addStatement("int $L = $L", index, count - ROWS)
                    .add(body).add("$<}\n").build()));
        }
        return out;
    }

    /** {@code index + offset}, or just {@code index} for offset 0. */
    static String plus(String index, int offset) {
        return offset == 0 ? index : index + " + " + offset;
    }

    static Statement loop(int cost, CodeBlock code) {
        return new Statement(code, cost);
    }
}
