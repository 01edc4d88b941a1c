package dev.nnc.compiler.diag;

/**
 * Where something stands in a source file: 1-based line and column, length in characters, and
 * the text of that line (for the caret display).
 *
 * <p>Positions stay out of equality, decided once here: every span equals every other span, so
 * syntax trees and models that carry spans compare by content alone (a parse of a reprinted file
 * equals the parse of the original).
 */
public final class Span {
    private final String file;
    private final int line;
    private final int column;
    private final int length;
    private final String lineText;

    public Span(String file, int line, int column, int length, String lineText) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.length = length;
        this.lineText = lineText;
    }

    /** A span for a problem with a whole file (line and column 0, no source line). */
    public static Span wholeFile(String file) {
        return new Span(file, 0, 0, 0, "");
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int length() {
        return length;
    }

    public String lineText() {
        return lineText;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Span;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
