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

    /** Just after {@code token} (where something missing at the end of the file was expected). */
    Span after(Token token) {
        String text = token.getText() == null ? "" : token.getText();
        int newline = text.lastIndexOf('\n');
        if (newline < 0) {
            return at(token.getLine(), token.getCharPositionInLine() + text.length() + 1, 1);
        }
        long breaks = text.chars().filter(c -> c == '\n').count();
        return at(token.getLine() + (int) breaks, text.length() - newline, 1);
    }

    private static int tokenLength(Token token) {
        return token.getType() == Token.EOF ? 1 : Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
    }
}
