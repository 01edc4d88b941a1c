package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.function.UnaryOperator;

/** One generated statement (or comment) and a rough count of the bytecode bytes it takes. */
record Statement(CodeBlock code, int cost) {
    /** A statement: {@code format} without the trailing semicolon. */
    static Statement of(int cost, String format, Object... args) {
        return new Statement(CodeBlock.builder().addStatement(format, args).build(), cost);
    }

    /**
     * Copies {@code length} doubles from {@code from[fromOffset...]} to {@code to[toOffset...]}, as a
     * loop (the JIT turns it into a block copy): {@code System.arraycopy} would stop compiling in a
     * package that also holds a network called {@code System}.
     */
    static Statement copy(String from, int fromOffset, String to, int toOffset, int length) {
        return copy(from, fromOffset, to, toOffset, length, UnaryOperator.identity());
    }

    /** {@link #copy}, each element read through {@code read} (a cast from double to float). */
    static Statement copy(String from, int fromOffset, String to, int toOffset, int length,
                          UnaryOperator<CodeBlock> read) {
        return new Statement(CodeBlock.builder()
                .beginControlFlow("for (int k = 0; k < $L; k++)", length)
                .addStatement("$N[$L] = $L", to, offset(toOffset),
                        read.apply(CodeBlock.of("$N[$L]", from, offset(fromOffset))))
                .endControlFlow().build(), 30);
    }

    private static CodeBlock offset(int offset) {
        return offset == 0 ? CodeBlock.of("k") : CodeBlock.of("$L + k", offset);
    }

    /** A line comment, which costs nothing; text arguments are {@link SourceText#escape}d. */
    static Statement comment(String format, Object... args) {
        return new Statement(CodeBlock.builder().add("// " + format + "\n", SourceText.args(args)).build(), 0);
    }
}
