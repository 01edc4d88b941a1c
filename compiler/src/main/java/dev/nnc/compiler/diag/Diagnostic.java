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

    /**
     * GNU style: {@code FILE:LINE:COLUMN: error: MESSAGE [CODE]}, then the source line and a caret
     * under the column.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(span.file()).append(':').append(span.line()).append(':').append(span.column())
                .append(": ").append(severity.label()).append(": ").append(message);
        if (code != null && !code.isEmpty()) {
            out.append(" [").append(code).append(']');
        }
        out.append('\n').append(span.lineText()).append('\n');
        String text = span.lineText();
        for (int i = 0; i < span.column() - 1; i++) {
            out.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append('^');
        int available = Math.max(0, text.length() - span.column() + 1);
        for (int i = 1; i < Math.min(span.length(), available); i++) {
            out.append('~');
        }
        return out.append('\n').toString();
    }
}
