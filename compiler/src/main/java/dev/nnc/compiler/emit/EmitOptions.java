package dev.nnc.compiler.emit;

/** Where the generated class goes: its package ("" for none) and the nnc version stamped in its header. */
public record EmitOptions(String packageName, String compilerVersion) {
}
