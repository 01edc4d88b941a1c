package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;

/** One generated statement (or comment) and a rough count of the bytecode bytes it takes. */
record Statement(CodeBlock code, int cost) {
    /** A statement: {@code format} without the trailing semicolon. */
    static Statement of(int cost, String format, Object... args) {
        return new Statement(CodeBlock.builder().addStatement(format, args).build(), cost);
    }

    /** A line comment, which costs nothing. */
    static Statement comment(String format, Object... args) {
        return new Statement(CodeBlock.builder().add("// " + format + "\n", args).build(), 0);
    }
}
