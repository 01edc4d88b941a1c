package dev.nnc.bench.whole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A C program of benchmarks/compare, compiled with gcc -O3 into a temporary folder. */
public final class CProgram {
    private CProgram() {
    }

    /**
     * The executable, or empty when gcc is not on the PATH or the compilation fails (its output
     * then goes to standard error).
     */
    public static Optional<Path> compile(Path source, List<String> libraries) {
        try {
            Path executable = Files.createTempDirectory("nnc-whole-run-c")
                    .resolve(source.getFileName().toString().replaceFirst("\\.c$", ""));
            List<String> command = new ArrayList<>(List.of("gcc", "-O3", "-o", executable.toString(),
                    source.toString()));
            command.addAll(libraries);
            ProcessRun run = Processes.in(source.getParent(), Map.of()).run(command);
            if (run.exitCode() != 0) {
                System.err.println(String.join(" ", command) + ":\n" + run.output());
                return Optional.empty();
            }
            return Optional.of(executable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            return Optional.empty();   // no gcc
        }
    }
}
