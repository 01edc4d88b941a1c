package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.grammar.NnParser;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The one boundary to ANTLR: source text in, syntax tree and diagnostics out. Every syntax error
 * is reported (ANTLR recovers and goes on); with any of them there is no tree, since a repaired
 * tree would only lead the checker to confusing follow-up errors.
 */
public final class SourceParser {
    private SourceParser() {
    }

    /** Parses {@code source}; the tree is absent exactly when there are errors. */
    public static Result<NetworkFile> parse(SourceFile source) {
        Positions positions = new Positions(source);
        ErrorCollector errors = new ErrorCollector(positions);
        ReportingLexer lexer = new ReportingLexer(CharStreams.fromString(source.text(), source.displayName()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        NnParser parser = new NnParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new HumanErrorStrategy());
        NnParser.FileContext tree = parser.file();
        if (!errors.diagnostics().isEmpty()) {
            return Result.failed(errors.diagnostics());
        }
        return Result.of(build(tree, new Nodes(positions)), List.of());
    }

    private static NetworkFile build(NnParser.FileContext tree, Nodes nodes) {
        StatementBuilder statements = new StatementBuilder(nodes);
        List<NetworkDecl> networks = tree.networks.stream()
                .map(n -> new NetworkDecl(nodes.name(n.name),
                        n.statements.stream().map(statements::visit).collect(Collectors.toList()),
                        nodes.span(n.start)))
                .collect(Collectors.toList());
        return new NetworkFile(networks, nodes.start());
    }
}
