package dev.nnc.compiler.explain;

import java.util.List;

/**
 * A network's derivation, the one model both renderers read: the blocks of the text (equations,
 * their {@code .nn} lines, the generated statements, the worked numbers), the diagram of the worked
 * step, the source it explains, and the generated class's file name.
 */
public record Explanation(List<Block> blocks, NetworkPicture picture, String sourceName, List<String> sourceLines,
                          String javaFile) {
    public Explanation {
        blocks = List.copyOf(blocks);
        sourceLines = List.copyOf(sourceLines);
    }

    /** The derivation as GitHub Markdown with LaTeX, as {@code nnc explain} writes it. */
    public String markdown() {
        return Markdown.render(blocks);
    }
}
