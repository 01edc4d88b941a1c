package dev.nnc.maven;

import dev.nnc.runtime.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes generated files only when their content changes, so their timestamps (and javac's work) survive. */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes {@code content} to {@code file}, through the build so an IDE notices, unless it already
     * holds exactly that; returns whether it wrote.
     */
    static boolean writeIfChanged(BuildEnvironment build, Path file, byte[] content) throws IOException {
        if (holds(file, content)) {
            return false;
        }
        build.write(file, content);
        return true;
    }

    /** Writes the plugin's own bookkeeping, which no IDE needs to hear about, unless it is unchanged. */
    static void writeStateIfChanged(Path file, byte[] content) throws IOException {
        if (!holds(file, content)) {
            AtomicFiles.write(file, content);
        }
    }

    private static boolean holds(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.length
                && Arrays.equals(Files.readAllBytes(file), content);
    }

    /** Deletes {@code file} if it exists; returns whether it did. */
    static boolean delete(BuildEnvironment build, Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            build.refresh(file);
            return true;
        }
        return false;
    }
}
