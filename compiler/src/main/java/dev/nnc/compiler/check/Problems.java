package dev.nnc.compiler.check;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Span;
import java.util.ArrayList;
import java.util.List;

/** The diagnostics one check has found so far, in the order found. */
final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(Code code, Span span, String message) {
        diagnostics.add(Diagnostic.error(code.id(), span, message));
    }

    void warning(Code code, Span span, String message) {
        diagnostics.add(Diagnostic.warning(code.id(), span, message));
    }

    /** Every diagnostic so far. */
    List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
