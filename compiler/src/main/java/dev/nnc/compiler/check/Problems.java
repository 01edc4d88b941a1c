package dev.nnc.compiler.check;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The diagnostics one check has found so far, in the order found. The same message at the same
 * place is kept once, however many checks come across it.
 */
final class Problems {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<List<Object>> seen = new HashSet<>();

    void error(Code code, Span span, String message) {
        add(Diagnostic.error(code.id(), span, message));
    }

    void warning(Code code, Span span, String message) {
        add(Diagnostic.warning(code.id(), span, message));
    }

    private void add(Diagnostic diagnostic) {
        Span span = diagnostic.span();
        if (seen.add(List.of(diagnostic.code(), span.line(), span.column(), diagnostic.message()))) {
            diagnostics.add(diagnostic);
        }
    }

    /** Every diagnostic so far. */
    List<Diagnostic> all() {
        return List.copyOf(diagnostics);
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
