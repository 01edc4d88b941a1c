package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/** {@code train epochs = E [batch = B] [shuffle seed = S]}, options in the order written. */
public record TrainStatement(List<TrainOption> options, Span span) implements Statement {
    public TrainStatement {
        options = List.copyOf(options);
    }

    @Override
    public String keyword() {
        return "train";
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitTrain(this);
    }
}
