package dev.nnc.compiler.explain;

import dev.nnc.compiler.emit.SourceText;
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

    /**
     * Inline code: {@code `code`}, on one line (line breaks and other control characters, which
     * could start a heading or end the paragraph, as in generated Java: {@code \n}, {@code \x{85}}),
     * between more backticks than any run of them in {@code code}, so that a file name cannot
     * close the span and be read as Markdown or HTML.
     */
    static String code(String code) {
        StringBuilder line = new StringBuilder();
        code.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            line.append(breaks ? SourceText.escape(new String(Character.toChars(c))) : new String(Character.toChars(c)));
        });
        int longest = 0;
        for (int i = 0, run = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 ? " " : "";
        return fence + pad + line + pad + fence;
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
