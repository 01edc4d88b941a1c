package dev.nnc.bench.whole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a separate process and measures it from outside: wall time from start to
 * exit, and the peak resident set the kernel records for it ({@code VmHWM} in
 * {@code /proc/PID/status}, read every millisecond while it runs; the last reading before it
 * exits is its peak up to then, so a rise in its last millisecond can be missed). {@code ./nnc} execs
 * java, so the launcher's process is the JVM's: commands run without nnc's daemon ({@code NNC_DAEMON=0})
 * unless {@link #withDaemon} says otherwise, and then the peak is the launcher's, not the daemon's.
 */
public final class Processes {
    private final Path directory;
    private final Map<String, String> environment;

    private Processes(Path directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = Map.copyOf(environment);
    }

    /** Commands run in {@code directory} with {@code environment} added to this process's. */
    public static Processes in(Path directory, Map<String, String> environment) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putIfAbsent("NNC_DAEMON", "0");
        return new Processes(directory, all);
    }

    /** The same, with nnc's daemon, whose files are kept in {@code daemons}. */
    public Processes withDaemon(Path daemons) {
        return with("NNC_DAEMON", "1").with("NNC_DAEMON_DIR", daemons.toString());
    }

    /** The same, with one more environment variable. */
    public Processes with(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(environment);
        more.put(name, value);
        return new Processes(directory, more);
    }

    /** Runs {@code command} to its end; output and errors together, read after it exits. */
    public ProcessRun run(List<String> command) {
        try {
            Path output = Files.createTempFile("nnc-whole-run", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                long start = System.nanoTime();
                Process process = builder.start();
                Path status = Path.of("/proc", Long.toString(process.pid()), "status");
                long peak = 0;
                while (process.isAlive()) {
                    peak = Math.max(peak, highWaterMark(status));
                    process.waitFor(1, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                return new ProcessRun(seconds, peak, process.exitValue(),
                        Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** VmHWM in bytes, or 0 when the process has gone or the system has no /proc. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }
}
