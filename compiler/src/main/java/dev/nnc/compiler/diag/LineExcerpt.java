package dev.nnc.compiler.diag;

/**
 * The part of a source line a diagnostic quotes, with the caret under its column: the whole line when
 * it is short, else a window of {@value #WIDTH} characters around the column with {@code ...} where
 * the line goes on, so a 200 MB line is never printed whole.
 *
 * @param text the quoted text, with the {@code ...} marks
 * @param caretColumn the 1-based column of {@code text} the caret stands under
 * @param length how many characters the caret and its {@code ~} cover, at least 1
 */
public record LineExcerpt(String text, int caretColumn, int length) {
    /** The most characters of a line quoted. */
    public static final int WIDTH = 100;
    /** How many characters of the window come before the column, when the line allows. */
    private static final int BEFORE = 40;
    private static final String MORE = "...";

    /** The excerpt of {@code span}'s line. */
    public static LineExcerpt of(Span span) {
        String line = span.lineText();
        int caret = span.column() - 1;
        int from = 0;
        int to = line.length();
        if (line.length() > WIDTH) {
            from = Math.max(0, Math.min(caret - BEFORE, line.length() - WIDTH));
            to = from + WIDTH;
        }
        String prefix = from > 0 ? MORE : "";
        String text = prefix + line.substring(from, to) + (to < line.length() ? MORE : "");
        int available = Math.max(1, to - caret);
        return new LineExcerpt(text, caret - from + prefix.length() + 1, Math.max(1, Math.min(span.length(), available)));
    }

    /** The text, then the caret line (tabs kept where the text has them, so the caret lines up), each ending in a newline. */
    public String render() {
        StringBuilder out = new StringBuilder(text).append('\n');
        for (int i = 0; i < caretColumn - 1; i++) {
            out.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append('^');
        for (int i = 1; i < length; i++) {
            out.append('~');
        }
        return out.append('\n').toString();
    }
}
