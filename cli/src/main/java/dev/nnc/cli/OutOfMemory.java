package dev.nnc.cli;

import dev.nnc.runtime.InputFiles;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Running out of memory, said in one line instead of a stack trace: what did not fit, how much the
 * JVM may use, and how to give it more.
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** "out of memory WHAT: the JVM may use 2 GB; ...": {@code what} says what was too big. */
    static String message(String what) {
        return "out of memory " + what + ": the JVM may use " + InputFiles.size(Runtime.getRuntime().maxMemory())
                + "; give it more, e.g. NNC_JAVA_OPTS=-Xmx8g ./nnc ... (or java -Xmx8g -jar nnc.jar ...)";
    }

    /** What {@code call} gives, or empty after reporting that {@code what} did not fit in memory. */
    static <T> Optional<T> guard(String what, Reporter reporter, Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (OutOfMemoryError e) {
            reporter.failure(message(what));
            return Optional.empty();
        }
    }
}
