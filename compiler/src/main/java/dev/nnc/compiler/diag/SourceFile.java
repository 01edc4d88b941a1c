package dev.nnc.compiler.diag;

import java.nio.file.Path;
import java.util.List;

/**
 * The text of one input file, with the name it is reported under and the path relative files
 * (CSV data) are resolved against.
 */
public record SourceFile(String displayName, Path path, String text) {
    public SourceFile {
        text = text.replace("\r\n", "\n");
    }

    /** The file's lines, without line terminators. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** Line {@code line} (1-based), or "" past the end. */
    public String line(int line) {
        List<String> all = lines();
        return line >= 1 && line <= all.size() ? all.get(line - 1) : "";
    }

    /** A span in this file at 1-based {@code line} and {@code column}, {@code length} characters long. */
    public Span span(int line, int column, int length) {
        return new Span(displayName, line, column, Math.max(1, length), line(line));
    }

    /** Resolves a path written in this file (relative paths are relative to its folder). */
    public Path resolve(String written) {
        Path p = Path.of(written);
        if (p.isAbsolute() || path == null) {
            return p;
        }
        Path dir = path.toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p).normalize();
    }
}
