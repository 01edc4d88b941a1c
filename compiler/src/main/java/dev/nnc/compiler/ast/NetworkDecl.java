package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/** {@code network NAME { statements }}, statements in source order. */
public record NetworkDecl(Name name, List<Statement> statements, Span span) {
    public NetworkDecl {
        statements = List.copyOf(statements);
    }
}
