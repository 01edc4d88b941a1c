package dev.nnc.compiler.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Inline code holds any file name without letting it out as Markdown. */
class MarkdownTest {
    @Test
    void inlineCodeIsAsItWasForTameText() {
        assertEquals("`mazur.nn`", Markdown.code("mazur.nn"));
        assertEquals("`nnc train <model>.nn`", Markdown.code("nnc train <model>.nn"));
    }

    @Test
    void lineBreaksCannotStartAHeadingNorBackticksEndTheSpan() {
        assertEquals("`a\\n\\n# heading.nn`", Markdown.code("a\n\n# heading.nn"));
        assertEquals("`a\\x{2028}b\\r`", Markdown.code("a\u2028b\r"));
        assertEquals("``` a``<img src=x>`.nn ```", Markdown.code("a``<img src=x>`.nn"));
    }
}
