package dev.nnc.maven;

import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * Something wrong with a model, as the log and an IDE see it.
 *
 * @param file the file it is in (a model or a data file)
 * @param line 1-based line, or 0 when it is about the whole file
 * @param column 1-based column, or 0 when it is about the whole file
 * @param message the message for an IDE marker, ending with the diagnostic's code
 * @param logLines what the log shows: {@code FILE:LINE:COLUMN: error: MESSAGE [CODE]}, the line and a caret
 */
record Problem(Path file, int line, int column, Severity severity, String message, List<String> logLines) {
    Problem {
        logLines = List.copyOf(logLines);
    }

    /** A compiler diagnostic whose span names a file relative to {@code displayRoot} (or absolute). */
    static Problem of(Diagnostic diagnostic, Path displayRoot) {
        String code = diagnostic.code() == null || diagnostic.code().isEmpty() ? "" : " [" + diagnostic.code() + "]";
        return new Problem(displayRoot.resolve(diagnostic.span().file()).normalize(), diagnostic.span().line(),
                diagnostic.span().column(), diagnostic.severity(), diagnostic.message() + code,
                diagnostic.render().lines().toList());
    }

    /** An error about a whole file, shown as {@code FILE: error: MESSAGE}. */
    static Problem error(Path file, String displayName, String message) {
        return new Problem(file, 0, 0, Severity.ERROR, message, List.of(displayName + ": error: " + message));
    }

    /** A warning about a whole file, shown as {@code FILE: warning: MESSAGE}. */
    static Problem warning(Path file, String displayName, String message) {
        return new Problem(file, 0, 0, Severity.WARNING, message, List.of(displayName + ": warning: " + message));
    }

    boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first log line: the one that names the place. */
    String headline() {
        return logLines.get(0);
    }
}
