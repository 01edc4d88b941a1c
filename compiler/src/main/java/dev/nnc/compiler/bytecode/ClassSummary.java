package dev.nnc.compiler.bytecode;

import java.util.Comparator;
import java.util.List;

/** What a class file holds that the JVM limits: its constant pool, fields and method sizes. */
public record ClassSummary(String name, int constants, int fields, List<MethodSize> methods) {
    /** HotSpot does not JIT-compile a method with more bytecode than this ({@code -XX:+DontCompileHugeMethods}). */
    public static final int HUGE_METHOD_LIMIT = 8000;

    public ClassSummary {
        methods = List.copyOf(methods);
    }

    /** The method with the most bytecode. */
    public MethodSize largest() {
        return methods.stream().max(Comparator.comparingInt(MethodSize::bytes)).orElseThrow();
    }

    /** Total bytecode of all methods. */
    public int totalBytes() {
        return methods.stream().mapToInt(MethodSize::bytes).sum();
    }
}
