package dev.nnc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A long source line is shown as a window around the column, a whole-file problem without one. */
class LongLinesTest {
    @Test
    void aLongLineIsShownAsAWindowWithTheCaretOnTheColumn() {
        String line = "1,".repeat(500) + "x," + "2,".repeat(500);
        Span span = new Span("big.csv", 3, 1001, 1, line);
        String rendered = Diagnostic.error("E032", span, "expected a number but found 'x'").render();
        String[] lines = rendered.split("\n");
        assertEquals("big.csv:3:1001: error: expected a number but found 'x' [E032]", lines[0]);
        assertEquals("..." + line.substring(960, 1060) + "...", lines[1]);
        assertEquals(" ".repeat(43) + "^", lines[2]);
        assertEquals('x', lines[1].charAt(43));
    }

    @Test
    void theEndOfALongLineIsShownWithoutAnEllipsisAfterIt() {
        String line = "a".repeat(1000);
        String rendered = Diagnostic.error("E032", new Span("f.csv", 1, 1001, 1, line), "row too short").render();
        String[] lines = rendered.split("\n");
        assertEquals("..." + "a".repeat(100), lines[1]);
        assertEquals(" ".repeat(103) + "^", lines[2]);
    }

    @Test
    void aProblemWithTheWholeFileHasNoPositionAndNoLine() {
        assertEquals("big.nn: error: is 3 GB; a .nn file may have at most 16 MB [E040]\n",
                Diagnostic.error("E040", Span.wholeFile("big.nn"), "is 3 GB; a .nn file may have at most 16 MB").render());
    }
}
