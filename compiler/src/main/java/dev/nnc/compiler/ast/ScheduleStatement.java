package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;

/** {@code schedule KIND(param = v, ...)}: how the learning rate changes from epoch to epoch. */
public record ScheduleStatement(Call schedule, Span span) implements Statement {
    @Override
    public String keyword() {
        return "schedule";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSchedule(this);
    }
}
