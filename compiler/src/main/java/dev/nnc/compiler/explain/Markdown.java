package dev.nnc.compiler.explain;

import dev.nnc.compiler.emit.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown document for GitHub: headings, paragraphs, one-line display equations
 * ({@code $$...$$}), tables and code blocks, each followed by a blank line. Equations stay on one
 * line so that no line of LaTeX can be read as a list item or a heading underline.
 */
final class Markdown {
    private final List<Block> blocks = new ArrayList<>();

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
        blocks.add(new Block.Heading(level, title));
        return this;
    }

    /** A paragraph; its parts are joined with spaces. */
    Markdown paragraph(String... parts) {
        blocks.add(new Block.Paragraph(String.join(" ", parts)));
        return this;
    }

    /** A display equation on its own line. */
    Markdown equation(String tex) {
        blocks.add(new Block.Equation(tex));
        return this;
    }

    Markdown bullets(List<String> items) {
        blocks.add(new Block.Bullets(items));
        return this;
    }

    /** A table; cells must not contain {@code |}. */
    Markdown table(List<String> header, List<List<String>> rows) {
        blocks.add(new Block.Table(header, rows));
        return this;
    }

    /** A fenced code block; nothing is written when {@code lines} is empty. */
    Markdown code(String language, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Block.Code(language, lines));
        }
        return this;
    }

    /** The blocks written so far, in order. */
    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** {@code blocks} as Markdown text, each block followed by a blank line. */
    static String render(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                text.append("#".repeat(h.level())).append(' ').append(h.title()).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                text.append(p.text()).append('\n');
            } else if (block instanceof Block.Equation e) {
                text.append("$$").append(e.tex()).append("$$\n");
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(item -> text.append("- ").append(item).append('\n'));
            } else if (block instanceof Block.Table t) {
                row(text, t.header());
                text.append('|');
                t.header().forEach(h -> text.append("---|"));
                text.append('\n');
                t.rows().forEach(r -> row(text, r));
            } else if (block instanceof Block.Code c) {
                text.append("```").append(c.language()).append('\n');
                c.lines().forEach(line -> text.append(line).append('\n'));
                text.append("```\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void row(StringBuilder text, List<String> cells) {
        text.append('|');
        cells.forEach(c -> text.append(' ').append(c).append(" |"));
        text.append('\n');
    }

    @Override
    public String toString() {
        return render(blocks);
    }
}
