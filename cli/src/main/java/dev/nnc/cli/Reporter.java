package dev.nnc.cli;

import dev.nnc.compiler.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Writes diagnostics and failures to standard error, GNU style, never a stack trace. */
final class Reporter {
    private final PrintWriter err;

    Reporter(PrintWriter err) {
        this.err = err;
    }

    /** Prints every diagnostic (errors and warnings) with its source line and caret. */
    void diagnostics(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.print(d.render()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors"));
        }
        err.flush();
    }

    /** A problem that has no position (an unreadable file, a failed check). */
    void failure(String message) {
        err.println("nnc: error: " + message);
        err.flush();
    }

    /** Something worth knowing that does not stop the command. */
    void warning(String message) {
        err.println("nnc: warning: " + message);
        err.flush();
    }

    /** A command-line mistake. */
    void usage(String message) {
        err.println("nnc: " + message);
        err.println("Try 'nnc --help' for usage.");
        err.flush();
    }

    PrintWriter err() {
        return err;
    }
}
