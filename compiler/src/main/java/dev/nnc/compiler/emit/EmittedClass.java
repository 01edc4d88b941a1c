package dev.nnc.compiler.emit;

import com.palantir.javapoet.JavaFile;

/** What emission produces: the generated source and the symbol table recorded while writing it. */
public record EmittedClass(JavaFile javaFile, SymbolTable symbols) {
}
