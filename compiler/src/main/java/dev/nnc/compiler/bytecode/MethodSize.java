package dev.nnc.compiler.bytecode;

/** One method of a class file and the length of its bytecode (0 for abstract and native methods). */
public record MethodSize(String name, String descriptor, int bytes) {
}
