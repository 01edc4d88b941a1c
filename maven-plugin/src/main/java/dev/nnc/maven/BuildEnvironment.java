package dev.nnc.maven;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What generating needs from the build around it: writing files so that an IDE notices, reporting
 * problems to the log and the IDE, and logging. Maven's implementation wraps the build context.
 */
interface BuildEnvironment {
    /**
     * Replaces {@code file} with {@code content} through {@link dev.nnc.runtime.AtomicFiles} (whole
     * or not at all, only over a regular file) and tells the IDE.
     */
    void write(Path file, byte[] content) throws IOException;

    /** Tells the IDE that {@code file} (or a folder) changed or was deleted. */
    void refresh(Path file);

    /** Clears what was reported about {@code file} before it is compiled again. */
    void clearProblems(Path file);

    /** Reports a problem in the log and, where there is one, to the IDE. */
    void report(Problem problem);

    /** An informational log line. */
    void info(String line);
}
