package dev.nnc.bench.whole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole runs of two samples as a user starts them: with an empty class cache (a new
 * {@code XDG_CACHE_HOME} per run: javac compiles the class), from the cache, and from the cache
 * without the class-data archive ({@code NNC_NO_CDS=1}), each a new JVM ({@code NNC_DAEMON=0}); then
 * served by nnc's daemon, with an empty class cache and from the cache.
 */
public final class StartUp implements Section {
    private static final List<String> SAMPLES = List.of("samples/mazur.nn", "samples/iris.nn");

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String markdown(Path root, int repeat) {
        Processes warm = Processes.in(root, Map.of());
        Processes daemon = warm.withDaemon(emptyFolder());
        String nnc = root.resolve("nnc").toString();
        Map<String, List<ProcessRun>> runs = new LinkedHashMap<>();
        try {
            for (String sample : SAMPLES) {
                List<String> command = List.of(nnc, "train", sample, "--quiet");
                warm.run(command).requireSuccess(String.join(" ", command));   // archive and class cache
                Daemons.ready(daemon, command);
                for (int r = 0; r < repeat; r++) {
                    Path cache = emptyFolder();
                    add(runs, sample + "/cold", warm.with("XDG_CACHE_HOME", cache.toString()).run(command));
                    add(runs, sample + "/warm", warm.run(command));
                    add(runs, sample + "/nocds", warm.with("NNC_NO_CDS", "1").run(command));
                    add(runs, sample + "/daemon-cold", daemon.with("XDG_CACHE_HOME", emptyFolder().toString()).run(command));
                    add(runs, sample + "/daemon-warm", daemon.run(command));
                }
            }
        } finally {
            Daemons.stop(daemon, nnc);
        }
        StringBuilder out = new StringBuilder("### Start-up: cold and warm class cache\n\n");
        out.append(String.format(Locale.ROOT, "`./nnc train FILE --quiet`, medians of %d runs, alternating:%n%n", repeat));
        out.append("| sample | empty class cache | class cache | class cache, no CDS archive | daemon, empty class cache"
                + " | daemon, class cache |\n|---|---:|---:|---:|---:|---:|\n");
        for (String sample : SAMPLES) {
            out.append(String.format(Locale.ROOT, "| `%s` | %.2f s | %.2f s | %.2f s | %.2f s | %.2f s |%n", sample,
                    median(runs, sample + "/cold"), median(runs, sample + "/warm"), median(runs, sample + "/nocds"),
                    median(runs, sample + "/daemon-cold"), median(runs, sample + "/daemon-warm")));
        }
        return out.toString();
    }

    private static void add(Map<String, List<ProcessRun>> runs, String key, ProcessRun run) {
        runs.computeIfAbsent(key, k -> new ArrayList<>()).add(run.requireSuccess(key));
    }

    private static double median(Map<String, List<ProcessRun>> runs, String key) {
        return Stats.median(runs.get(key), ProcessRun::seconds);
    }

    private static Path emptyFolder() {
        try {
            return Files.createTempDirectory("nnc-whole-run-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
