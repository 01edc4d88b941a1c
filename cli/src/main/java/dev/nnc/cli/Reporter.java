package dev.nnc.cli;

import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.ErrorLimit;
import dev.nnc.runtime.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

/** Writes diagnostics and failures to standard error, GNU style, never a stack trace. */
final class Reporter {
    private final PrintWriter err;
    private final ErrorLimit limit;

    Reporter(PrintWriter err) {
        this(err, ErrorLimit.standard());
    }

    Reporter(PrintWriter err, ErrorLimit limit) {
        this.err = err;
        this.limit = limit;
    }

    /**
     * Prints the diagnostics (errors and warnings) of one file with their source lines and carets, up
     * to the limit, then how many more there are and the number of errors.
     */
    void diagnostics(List<Diagnostic> diagnostics) {
        ErrorLimit.Shown shown = limit.apply(diagnostics);
        shown.diagnostics().forEach(d -> err.print(d.render()));
        List<String> omitted = shown.omitted();
        if (!omitted.isEmpty()) {
            err.println(String.join(", ", omitted) + " (the first " + limit.max() + " are shown; --max-errors N shows more, "
                    + "--max-errors 0 all)");
        }
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

    /**
     * Why an I/O operation failed, in the operating system's words ({@link IoErrors#cause}), naming the
     * file the failure was about when it is another than {@code target} (its folder, a temporary file).
     */
    static String cause(Path target, Exception e) {
        if (!(e instanceof IOException io)) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        String reason = IoErrors.cause(io);
        String file = e instanceof FileSystemException fs ? fs.getFile() : null;
        boolean other = file != null && !Path.of(file).toAbsolutePath().equals(target.toAbsolutePath());
        return other && !reason.contains(file) ? file + ": " + reason : reason;
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
