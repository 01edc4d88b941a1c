package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.plan.Layout;
import java.util.ArrayList;
import java.util.List;

/** What the passes of a loop layer share: the block size of their dot products, comments, statements. */
final class LoopCode {
    /** Rows of weights one axpy loop adds (forward) or updates (gradient) per pass; more are not vectorised. */
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
     * How many rows' dot products one loop computes at once, for {@code count} rows: all of them
     * when there are at most eight (each sum its own chain of additions, all overlapping), else
     * six, five or four when that divides the rows, else four (the last four computed again). One
     * pass over the input per block: 64-32-10's ten output neurons as two blocks of five take 15%
     * less time than three blocks of four.
     */
    static int dotBlock(int count) {
        if (count <= 2 * ROWS) {
            return count;
        }
        for (int size = 6; size > ROWS; size--) {
            if (count % size == 0) {
                return size;
            }
        }
        return ROWS;
    }

    /**
     * {@code body} for every block of {@code size} rows from 0 ({@code index} is the block's first
     * row): a loop over the whole blocks, then once more for the last {@code size} rows if some are
     * left over (two chains of additions computing the same value write the same bits).
     */
    static List<Statement> blocks(int count, int size, CodeBlock body, String index) {
        List<Statement> out = new ArrayList<>();
        int whole = count - count % size;
        if (whole == size) {
            out.add(loop(140, CodeBlock.builder().add("{\n$>").addStatement("int $L = 0", index)
                    .add(body).add("$<}\n").build()));
        } else {
            out.add(loop(140, CodeBlock.builder()
                    .beginControlFlow("for (int $L = 0; $L < $L; $L += $L)", index, index, whole, index, size)
                    .add(body).endControlFlow().build()));
        }
        if (whole < count) {
            out.add(loop(140, CodeBlock.builder().add("{\n$>").addStatement("int $L = $L", index, count - size)
                    .add(body).add("$<}\n").build()));
        }
        return out;
    }

    /** {@code index + offset}, or just {@code index} for offset 0. */
    static CodeBlock plus(String index, int offset) {
        return offset == 0 ? CodeBlock.of("$L", index) : CodeBlock.of("$L + $L", index, offset);
    }

    static Statement loop(int cost, CodeBlock code) {
        return new Statement(code, cost);
    }
}
