package dev.nnc.compiler.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a phase produced (absent when it failed) and every diagnostic it reported. */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {
    public Result {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Result<T> of(T value, List<Diagnostic> diagnostics) {
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Result<>(failed ? Optional.empty() : Optional.of(value), diagnostics);
    }

    public static <T> Result<T> failed(List<Diagnostic> diagnostics) {
        return new Result<>(Optional.empty(), diagnostics);
    }

    public boolean hasErrors() {
        return value.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** This result's diagnostics followed by {@code more}. */
    public Result<T> plus(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Result<>(value, all);
    }
}
