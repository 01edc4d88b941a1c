package dev.nnc.compiler.parse;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Span;
import dev.nnc.grammar.NnLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Collects every lexer and parser error as a {@link Diagnostic} instead of printing it. */
final class ErrorCollector extends BaseErrorListener {
    private final Positions positions;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> linesWithBadCharacters = new HashSet<>();

    ErrorCollector(Positions positions) {
        this.positions = positions;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String message, RecognitionException e) {
        Token token = offendingSymbol instanceof Token ? (Token) offendingSymbol : null;
        boolean lexical = recognizer instanceof Lexer;
        if (linesWithBadCharacters.contains(line)) {
            // After a bad character, the rest of its line (more bad characters, or the parser tripping
            // over what is left) says nothing new.
            return;
        }
        if (lexical) {
            linesWithBadCharacters.add(line);
        }
        Code code = lexical ? Code.BAD_CHARACTER : code(token);
        diagnostics.add(Diagnostic.error(code.id(), span(recognizer, token, line, charPositionInLine), message));
    }

    /** The errors so far, in the order found. */
    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private Span span(Recognizer<?, ?> recognizer, Token token, int line, int charPositionInLine) {
        if (token == null) {
            return positions.at(line, charPositionInLine + 1, 1);
        }
        if (token.getType() == Token.EOF && recognizer instanceof Parser parser && token.getTokenIndex() > 0) {
            // Comments and blank lines after the last token are not where anything is missing.
            return positions.after(parser.getInputStream().get(token.getTokenIndex() - 1));
        }
        return positions.of(token);
    }

    private static Code code(Token token) {
        int type = token == null ? Token.INVALID_TYPE : token.getType();
        return type == NnLexer.UNTERMINATED_STRING || type == NnLexer.UNTERMINATED_COMMENT
                ? Code.UNTERMINATED
                : Code.SYNTAX;
    }
}
