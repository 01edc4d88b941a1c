package dev.nnc.compiler.parse;

import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns ANTLR positions (0-based columns) into 1-based {@link Span}s of one source file. */
final class Positions {
    private final String file;
    private final List<String> lines;

    Positions(SourceFile source) {
        this.file = source.displayName();
        this.lines = source.lines(); // split once: a span per number must not rescan the file
    }

    /** 1-based {@code line} and {@code column}. */
    Span at(int line, int column, int length) {
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        return new Span(file, line, column, Math.max(1, length), text);
    }

    /** The span of one token. */
    Span of(Token token) {
        return at(token.getLine(), token.getCharPositionInLine() + 1, tokenLength(token));
    }

    /** From the first token of {@code context} to its last, or to the end of the first line. */
    Span of(ParserRuleContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        int length = stop != null && stop.getLine() == start.getLine()
                ? stop.getStopIndex() - start.getStartIndex() + 1
                : tokenLength(start);
        return at(start.getLine(), start.getCharPositionInLine() + 1, length);
    }

    /** Just after the last character that is not white space (where a missing end was expected). */
    Span endOfText() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).stripTrailing();
            if (!line.isEmpty()) {
                return at(i + 1, line.length() + 1, 1);
            }
        }
        return at(1, 1, 1);
    }

    private static int tokenLength(Token token) {
        return token.getType() == Token.EOF ? 1 : Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
    }
}
