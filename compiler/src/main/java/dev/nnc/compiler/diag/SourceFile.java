package dev.nnc.compiler.diag;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The text of one input file, with the name it is reported under and the path relative files
 * (CSV data) are resolved against. Its lines are split once, so spans are cheap to make.
 */
public final class SourceFile {
    private final String displayName;
    private final Path path;
    private final String text;
    private final List<String> lines;

    public SourceFile(String displayName, Path path, String text) {
        this.displayName = Objects.requireNonNull(displayName);
        this.path = path;
        this.text = text.replace("\r\n", "\n");
        this.lines = List.of(this.text.split("\n", -1));
    }

    public String displayName() {
        return displayName;
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The file's lines, without line terminators. */
    public List<String> lines() {
        return lines;
    }

    /** Line {@code line} (1-based), or "" past the end. */
    public String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
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

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile && ((SourceFile) other).displayName.equals(displayName)
                && ((SourceFile) other).text.equals(text) && Objects.equals(((SourceFile) other).path, path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, path, text);
    }

    @Override
    public String toString() {
        return "SourceFile[" + displayName + "]";
    }
}
