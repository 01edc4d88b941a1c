package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.ast.Statement;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.grammar.NnParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * The one boundary to ANTLR: source text in, syntax tree and diagnostics out. Every syntax error
 * is reported (ANTLR recovers and goes on). With any of them the result has no tree; what it has
 * instead is the salvage: the statements that parsed without an error, so that the checker can
 * report their own mistakes alongside the syntax errors.
 */
public final class SourceParser {
    private SourceParser() {
    }

    /**
     * A parse: the tree exactly when there are no syntax errors; otherwise the networks whose header
     * parsed, with only their statements that parsed without an error.
     */
    public record Parse(Result<NetworkFile> result, Optional<NetworkFile> salvage) {
    }

    /** Parses {@code source}; the tree is absent exactly when there are errors. */
    public static Result<NetworkFile> parse(SourceFile source) {
        return parseAndSalvage(source).result();
    }

    /** Parses {@code source}, keeping what parsed cleanly when there are syntax errors. */
    public static Parse parseAndSalvage(SourceFile source) {
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
        Nodes nodes = new Nodes(positions);
        if (!errors.diagnostics().isEmpty()) {
            return new Parse(Result.failed(errors.diagnostics()), Optional.of(build(tree, nodes, true)));
        }
        return new Parse(Result.of(build(tree, nodes, false), List.of()), Optional.empty());
    }

    /** The tree's networks; with {@code salvage}, only what parsed cleanly. */
    private static NetworkFile build(NnParser.FileContext tree, Nodes nodes, boolean salvage) {
        StatementBuilder statements = new StatementBuilder(nodes);
        List<NetworkDecl> networks = new ArrayList<>();
        for (NnParser.NetworkContext n : tree.networks) {
            if (salvage && !Salvage.headerIsClean(n)) {
                continue;
            }
            List<Statement> built = new ArrayList<>();
            for (NnParser.StatementContext statement : n.statements) {
                if (!salvage || Salvage.isClean(statement)) {
                    built.add(statements.visit(statement));
                }
            }
            networks.add(new NetworkDecl(nodes.name(n.name), built, nodes.span(n.start)));
        }
        return new NetworkFile(networks, nodes.start());
    }
}
