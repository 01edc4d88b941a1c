package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.CsvDataStatement;
import dev.nnc.compiler.ast.CsvOption;
import dev.nnc.compiler.ast.DataRole;
import dev.nnc.compiler.ast.InlineDataStatement;
import dev.nnc.compiler.ast.Statement;
import dev.nnc.compiler.diag.Span;
import dev.nnc.grammar.NnBaseVisitor;
import dev.nnc.grammar.NnParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds a {@code data} or {@code test} statement from its source: inline samples or a CSV file. */
final class DataBuilder extends NnBaseVisitor<Statement> {
    private final Nodes nodes;
    private final DataRole role;
    private final Span span;

    DataBuilder(Nodes nodes, DataRole role, Span span) {
        this.nodes = nodes;
        this.role = role;
        this.span = span;
    }

    @Override
    public Statement visitInlineData(NnParser.InlineDataContext c) {
        return new InlineDataStatement(role, c.samples.stream().map(nodes::sample).collect(Collectors.toList()), span);
    }

    @Override
    public Statement visitCsvData(NnParser.CsvDataContext c) {
        List<CsvOption> options = new ArrayList<>();
        for (NnParser.CsvOptionContext option : c.options) {
            Span at = nodes.span(option.start);
            if (option instanceof NnParser.LabelOptionContext label) {
                options.add(new CsvOption.Label(Optional.ofNullable(label.column).map(nodes::string), at));
            } else if (option instanceof NnParser.IgnoreOptionContext ignore) {
                options.add(new CsvOption.Ignore(ignore.names.stream().map(nodes::string).toList(), at));
            }
        }
        return new CsvDataStatement(role, nodes.string(c.path), options, span);
    }
}
