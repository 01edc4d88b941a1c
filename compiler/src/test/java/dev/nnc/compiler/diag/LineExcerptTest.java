package dev.nnc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineExcerptTest {
    private static Span at(String line, int column, int length) {
        return new Span("f.nn", 1, column, length, line);
    }

    @Test
    void aShortLineIsQuotedWhole() {
        assertEquals("    layer h[2] sigmod\n               ^~~~~~\n",
                LineExcerpt.of(at("    layer h[2] sigmod", 16, 6)).render());
    }

    @Test
    void aLongLineIsCutToAWindowWithTheCaretUnderTheSameCharacter() {
        String line = "a".repeat(1000) + "X" + "b".repeat(100_000);
        LineExcerpt excerpt = LineExcerpt.of(at(line, 1001, 1));
        assertEquals("..." + "a".repeat(40) + "X" + "b".repeat(59) + "...", excerpt.text());
        assertEquals('X', excerpt.text().charAt(excerpt.caretColumn() - 1));
        assertEquals(" ".repeat(43) + "^\n", excerpt.render().substring(excerpt.text().length() + 1));
    }

    @Test
    void theStartAndTheEndOfALongLineHaveOneMarkEach() {
        String line = "X" + "-".repeat(500) + "Y";
        LineExcerpt start = LineExcerpt.of(at(line, 1, 1));
        assertEquals("X" + "-".repeat(99) + "...", start.text());
        assertEquals(1, start.caretColumn());
        LineExcerpt end = LineExcerpt.of(at(line, line.length(), 1));
        assertEquals("..." + "-".repeat(99) + "Y", end.text());
        assertEquals('Y', end.text().charAt(end.caretColumn() - 1));
        LineExcerpt past = LineExcerpt.of(at(line, line.length() + 1, 1));
        assertEquals(past.text().length() + 1, past.caretColumn(), "just after the last character");
    }

    @Test
    void theTildesStopAtTheWindow() {
        String line = "x".repeat(300);
        LineExcerpt excerpt = LineExcerpt.of(at(line, 1, 300));
        assertEquals(100, excerpt.length());
    }

    @Test
    void tabsBeforeTheCaretAreKept() {
        assertEquals("\tloss msee\n\t     ^~~~\n", LineExcerpt.of(at("\tloss msee", 7, 4)).render());
    }
}
