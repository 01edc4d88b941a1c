package dev.nnc.maven;

import java.nio.file.Path;

/**
 * A {@code .nn} file found under the source folder.
 *
 * @param path the file
 * @param relativePath its path under the source folder with {@code /} separators: the key it is
 *     remembered by, and where its package comes from
 */
public record ModelFile(Path path, String relativePath) implements Comparable<ModelFile> {
    /** The folder part of {@code relativePath} ("" at the top). */
    public String folder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    @Override
    public int compareTo(ModelFile other) {
        return relativePath.compareTo(other.relativePath);
    }
}
