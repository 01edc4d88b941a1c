package dev.nnc.compiler.diag;

/**
 * One message about the input: severity, stable code (E001...), where, and what; {@code note} ("" for
 * none) is a line printed after it, such as how many more rows of a CSV file have the same problem.
 */
public record Diagnostic(Severity severity, String code, Span span, String message, String note) {

    public Diagnostic(Severity severity, String code, Span span, String message) {
        this(severity, code, span, message, "");
    }

    public static Diagnostic error(String code, Span span, String message) {
        return new Diagnostic(Severity.ERROR, code, span, message);
    }

    public static Diagnostic warning(String code, Span span, String message) {
        return new Diagnostic(Severity.WARNING, code, span, message);
    }

    /** This diagnostic with {@code note} printed after it. */
    public Diagnostic withNote(String note) {
        return new Diagnostic(severity, code, span, message, note);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * GNU style: {@code FILE:LINE:COLUMN: error: MESSAGE [CODE]}, then the source line (cut to a
     * window around the column when it is long, see {@link LineExcerpt}) and a caret under the column,
     * then {@code FILE: note: NOTE} when there is a note. A diagnostic about a whole file (line 0) is
     * {@code FILE: error: MESSAGE [CODE]} with no source line.
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
        if (span.line() >= 1) {
            out.append(LineExcerpt.of(span).render());
        }
        if (!note.isEmpty()) {
            out.append(span.file()).append(": note: ").append(note).append('\n');
        }
        return out.toString();
    }
}
