package dev.nnc.compiler.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * How many errors of one file are printed, like javac's 100: the first {@code max} errors and the
 * first {@code max} warnings are shown, the rest only counted, so that a file with 100,000 mistakes
 * gives a page of output, not gigabytes. A {@code max} of 0 shows everything.
 */
public record ErrorLimit(int max) {
    /** The limit when none is configured. */
    public static final int DEFAULT = 100;

    public ErrorLimit {
        if (max < 0) {
            throw new IllegalArgumentException("the error limit must be 0 (none) or more, not " + max);
        }
    }

    /** The default limit. */
    public static ErrorLimit standard() {
        return new ErrorLimit(DEFAULT);
    }

    /** What of {@code diagnostics} (in their order) is shown, and how many errors and warnings are not. */
    public Shown apply(List<Diagnostic> diagnostics) {
        List<Diagnostic> shown = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            int seen = d.isError() ? ++errors : ++warnings;
            if (max == 0 || seen <= max) {
                shown.add(d);
            }
        }
        return new Shown(shown, max == 0 ? 0 : Math.max(0, errors - max), max == 0 ? 0 : Math.max(0, warnings - max));
    }

    /**
     * The diagnostics to print and how many were left out.
     *
     * @param diagnostics the ones to print, in order
     * @param moreErrors errors not printed
     * @param moreWarnings warnings not printed
     */
    public record Shown(List<Diagnostic> diagnostics, int moreErrors, int moreWarnings) {
        public Shown {
            diagnostics = List.copyOf(diagnostics);
        }

        /** "and 99900 more errors", "and 3 more warnings": one line per kind left out, none when nothing was. */
        public List<String> omitted() {
            List<String> lines = new ArrayList<>();
            if (moreErrors > 0) {
                lines.add("and " + moreErrors + " more " + (moreErrors == 1 ? "error" : "errors"));
            }
            if (moreWarnings > 0) {
                lines.add("and " + moreWarnings + " more " + (moreWarnings == 1 ? "warning" : "warnings"));
            }
            return lines;
        }
    }
}
