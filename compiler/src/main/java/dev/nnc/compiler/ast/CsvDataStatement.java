package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code data "file.csv" [label [= "column"]] [ignore = "column" | ["column", ...]]}, or the same
 * after {@code test}, with its options as written (an option given twice is the checker's to report).
 */
public record CsvDataStatement(DataRole role, StringLit path, List<CsvOption> options, Span span) implements Statement {
    public CsvDataStatement {
        options = List.copyOf(options);
    }

    /** Without column names: {@code label} stands at {@code label}, when present. */
    public CsvDataStatement(DataRole role, StringLit path, Optional<Span> label, Span span) {
        this(role, path, label.<List<CsvOption>>map(at -> List.of(new CsvOption.Label(Optional.empty(), at)))
                .orElse(List.of()), span);
    }

    /** Where the first {@code label} stands. */
    public Optional<Span> label() {
        return first(CsvOption.Label.class).map(CsvOption::span);
    }

    /** Whether a column is a class label. */
    public boolean labeled() {
        return label().isPresent();
    }

    /** The column the first {@code label} names. */
    public Optional<StringLit> labelColumn() {
        return first(CsvOption.Label.class).flatMap(CsvOption.Label::column);
    }

    /** The columns the first {@code ignore} names. */
    public List<StringLit> ignored() {
        return first(CsvOption.Ignore.class).map(CsvOption.Ignore::names).orElse(List.of());
    }

    /** Where an option is given a second time. */
    public List<Span> repeated() {
        List<Span> repeated = new ArrayList<>();
        List<Class<?>> seen = new ArrayList<>();
        for (CsvOption option : options) {
            if (seen.contains(option.getClass())) {
                repeated.add(option.span());
            }
            seen.add(option.getClass());
        }
        return repeated;
    }

    private <T extends CsvOption> Optional<T> first(Class<T> kind) {
        return options.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    @Override
    public String keyword() {
        return role.spelling();
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCsvData(this);
    }
}
