package dev.nnc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a {@link Daemon} does before it takes its first client: trains a small network a few times, from
 * its text through javac (without the class cache) to the report, so that picocli, the parser, the
 * checker, the CSV reader, javac and the runtime are loaded and compiled by the JIT. The first run it
 * serves then starts as fast as later ones.
 */
final class DaemonWarmUp {
    private static final String NETWORK = """
            network WarmUp {
                input x[4] normalize
                layer h[6] tanh
                layer p[3] softmax
                loss cross_entropy
                weights init xavier seed = 1
                optimizer adam(rate = 0.01)
                train epochs = 40 batch = 4 shuffle seed = 2
                data "warm-up.csv" label
                test "warm-up.csv" label
            }
            """;
    private static final int RUNS = 3;

    private DaemonWarmUp() {
    }

    /** Warms up; a failure only costs the first client some speed. */
    static void run() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("nnc-daemon-warm-up");
            Path network = Files.writeString(folder.resolve("warm-up.nn"), NETWORK);
            Files.writeString(folder.resolve("warm-up.csv"), samples());
            for (int i = 0; i < RUNS; i++) {
                PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
                Main.run(new String[] {"train", network.toString(), "--no-cache"}, InputStream.nullInputStream(),
                        nowhere, nowhere, Terminal.NONE);
            }
        } catch (IOException | RuntimeException e) {
            // not warmed up: still correct
        } finally {
            delete(folder);
        }
    }

    /** 60 samples of 4 inputs in three classes. */
    private static String samples() {
        StringBuilder csv = new StringBuilder("a,b,c,d,class\n");
        for (int i = 0; i < 60; i++) {
            int label = i % 3;
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f,%d%n", label + Math.sin(i) * 0.3,
                    Math.cos(i * 0.7), label * 0.5 - Math.sin(i * 1.3), i / 60.0, label));
        }
        return csv.toString();
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
