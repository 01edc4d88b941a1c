package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.Optional;

/** {@code input NAME[N] [normalize [zscore | minmax]]}; {@code scaling} is the word after {@code normalize}. */
public record InputStatement(Name name, NumberLit size, boolean normalize, Optional<Name> scaling, Span span)
        implements Statement {
    /** Without a word after {@code normalize}. */
    public InputStatement(Name name, NumberLit size, boolean normalize, Span span) {
        this(name, size, normalize, Optional.empty(), span);
    }

    @Override
    public String keyword() {
        return "input";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitInput(this);
    }
}
