package dev.nnc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorLimitTest {
    private static final Span SPAN = new Span("f.nn", 1, 1, 1, "x");

    private static List<Diagnostic> errorsAndWarnings(int errors, int warnings) {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < Math.max(errors, warnings); i++) {
            if (i < errors) {
                all.add(Diagnostic.error("E001", SPAN, "error " + i));
            }
            if (i < warnings) {
                all.add(Diagnostic.warning("W001", SPAN, "warning " + i));
            }
        }
        return all;
    }

    @Test
    void showsTheFirstErrorsAndWarningsAndCountsTheRest() {
        ErrorLimit.Shown shown = new ErrorLimit(2).apply(errorsAndWarnings(5, 3));
        assertEquals(List.of("error 0", "warning 0", "error 1", "warning 1"),
                shown.diagnostics().stream().map(Diagnostic::message).toList());
        assertEquals(List.of("and 3 more errors", "and 1 more warning"), shown.omitted());
    }

    @Test
    void nothingIsOmittedUpToTheLimitOrWithoutOne() {
        assertEquals(List.of(), ErrorLimit.standard().apply(errorsAndWarnings(100, 100)).omitted());
        ErrorLimit.Shown all = new ErrorLimit(0).apply(errorsAndWarnings(1000, 0));
        assertEquals(1000, all.diagnostics().size());
        assertEquals(List.of(), all.omitted());
    }

    @Test
    void aNegativeLimitIsABug() {
        assertThrows(IllegalArgumentException.class, () -> new ErrorLimit(-1));
    }
}
