package dev.nnc.compiler.explain;

import java.util.List;

/**
 * One block of an explanation, the model both renderers read: {@link Markdown} writes it as
 * GitHub Markdown with LaTeX, {@code dev.nnc.compiler.page.HtmlPage} as HTML with MathML. Text is
 * inline Markdown of two kinds only: math between single dollars ({@code $w_{1}$}) and code
 * between backtick fences ({@code `mazur.nn:4`}, see {@link Markdown#code(String)}).
 */
public sealed interface Block {
    /** A heading of level 1 to 4. */
    record Heading(int level, String title) implements Block {
    }

    /** A paragraph of inline Markdown. */
    record Paragraph(String text) implements Block {
    }

    /** A display equation in LaTeX. */
    record Equation(String tex) implements Block {
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table of inline Markdown cells. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Generated code quoted in a fenced block ({@code java}). */
    record Code(String language, List<String> lines) implements Block {
        public Code {
            lines = List.copyOf(lines);
        }
    }
}
