package dev.nnc.compiler.diag;

/** One message about the input: severity, stable code (E001...), where, and what. */
public record Diagnostic(Severity severity, String code, Span span, String message) {

    public static Diagnostic error(String code, Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, span, message);
    }

    public static Diagnostic warning(String code, Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, span, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Source lines longer than this are shown as a window around the column. */
    public static final int MAX_SHOWN = 160;
    private static final int SHOWN_BEFORE = 60;
    private static final String ELLIPSIS = "...";

    /**
     * GNU style: {@code FILE:LINE:COLUMN: error: MESSAGE [CODE]}, then the source line and a caret
     * under the column; a source line longer than {@link #MAX_SHOWN} characters is shown as the
     * {@value #MAX_SHOWN} or so around the column, with "..." where it is cut. A diagnostic about a
     * whole file (line 0) is {@code FILE: error: MESSAGE [CODE]} alone.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(span.file());
        if (span.line() >= 1) {
            out.append(':').append(span.line()).append(':').append(span.column());
        }
        out.append(": ").append(severity.label()).append(": ").append(message);
        if (code != null && !code.isEmpty()) {
            out.append(" [").append(code).append(']');
        }
        out.append('\n');
        if (span.line() < 1) {
            return out.toString();
        }
        String text = span.lineText();
        int column = span.column();
        if (text.length() > MAX_SHOWN) {
            int from = Math.max(0, Math.min(column - 1 - SHOWN_BEFORE, text.length() - MAX_SHOWN));
            int to = Math.min(text.length(), from + MAX_SHOWN);
            String prefix = from > 0 ? ELLIPSIS : "";
            text = prefix + text.substring(from, to) + (to < span.lineText().length() ? ELLIPSIS : "");
            column = column - from + prefix.length();
        }
        out.append(text).append('\n');
        for (int i = 0; i < column - 1; i++) {
            out.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append('^');
        int available = Math.max(0, text.length() - column + 1);
        for (int i = 1; i < Math.min(span.length(), available); i++) {
            out.append('~');
        }
        return out.append('\n').toString();
    }
}
