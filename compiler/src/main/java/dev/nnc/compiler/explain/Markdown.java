package dev.nnc.compiler.explain;

import java.util.List;

/**
 * A Markdown document for GitHub: headings, paragraphs, one-line display equations
 * ({@code $$...$$}), tables and code blocks, each followed by a blank line. Equations stay on one
 * line so that no line of LaTeX can be read as a list item or a heading underline.
 */
final class Markdown {
    private final StringBuilder text = new StringBuilder();

    /** Inline math: {@code $tex$}. */
    static String math(String tex) {
        return "$" + tex + "$";
    }

    /** Inline code: {@code `code`}. */
    static String code(String code) {
        return "`" + code + "`";
    }

    Markdown heading(int level, String title) {
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    /** A paragraph; its parts are joined with spaces. */
    Markdown paragraph(String... parts) {
        text.append(String.join(" ", parts)).append("\n\n");
        return this;
    }

    /** A display equation on its own line. */
    Markdown equation(String tex) {
        text.append("$$").append(tex).append("$$\n\n");
        return this;
    }

    Markdown bullets(List<String> items) {
        items.forEach(item -> text.append("- ").append(item).append('\n'));
        text.append('\n');
        return this;
    }

    /** A table; cells must not contain {@code |}. */
    Markdown table(List<String> header, List<List<String>> rows) {
        row(header);
        text.append('|');
        header.forEach(h -> text.append("---|"));
        text.append('\n');
        rows.forEach(this::row);
        text.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        text.append('|');
        cells.forEach(c -> text.append(' ').append(c).append(" |"));
        text.append('\n');
    }

    /** A fenced code block; nothing is written when {@code lines} is empty. */
    Markdown code(String language, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append("```").append(language).append('\n');
            lines.forEach(line -> text.append(line).append('\n'));
            text.append("```\n\n");
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
