package dev.nnc.bench.whole;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A 2,000,000-row, 5-column CSV file (four features and a class label, generated from a fixed seed:
 * three Gaussian clusters), trained one epoch by {@code ./nnc train}: wall time and peak RSS with
 * the default heap, and what a too small heap ({@code -Xmx256m}) says.
 */
public final class LargeCsv implements Section {
    static final int ROWS = 2_000_000;

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String markdown(Path root, int repeat) {
        Path folder = write();
        Processes processes = Processes.in(root, Map.of());
        List<String> command = List.of(root.resolve("nnc").toString(), "train", folder.resolve("big.nn").toString(),
                "--quiet");
        processes.run(command).requireSuccess("nnc train big.nn");   // fills the class cache
        List<ProcessRun> runs = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            runs.add(processes.run(command).requireSuccess("nnc train big.nn"));
        }
        ProcessRun small = processes.with("NNC_JAVA_OPTS", "-Xmx256m").run(command);
        StringBuilder out = new StringBuilder("### A large CSV file\n\n");
        out.append(String.format(Locale.ROOT, "%,d rows × 5 columns (%.0f MB), 4-8-3 tanh/softmax, adam, batch 32, "
                + "1 epoch, medians of %d runs:%n%n", ROWS, size(folder.resolve("big.csv")) / 1e6, repeat));
        out.append("| heap | wall time | peak RSS | exit code |\n|---|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| default | %.1f s | %.0f MB | 0 |%n",
                Stats.median(runs, ProcessRun::seconds), Stats.median(runs, ProcessRun::peakRssMegabytes)));
        out.append(String.format(Locale.ROOT, "| `NNC_JAVA_OPTS=-Xmx256m` | %.1f s | %.0f MB | %d |%n", small.seconds(),
                small.peakRssMegabytes(), small.exitCode()));
        if (small.exitCode() != 0) {
            out.append("\nWith 256 MB it says:\n\n```\n").append(small.output().strip()).append("\n```\n");
        }
        return out.toString();
    }

    /** The data and the network, in a new temporary folder. */
    static Path write() {
        try {
            Path folder = Files.createTempDirectory("nnc-whole-run-csv");
            SplittableRandom random = new SplittableRandom(15);
            try (BufferedWriter csv = Files.newBufferedWriter(folder.resolve("big.csv"), StandardCharsets.UTF_8)) {
                csv.write("a,b,c,d,label\n");
                StringBuilder line = new StringBuilder();
                for (int row = 0; row < ROWS; row++) {
                    int label = random.nextInt(3);
                    line.setLength(0);
                    for (int column = 0; column < 4; column++) {
                        double centre = (label == column % 3 ? 2.0 : 0.0) + column;
                        line.append(String.format(Locale.ROOT, "%.4f", centre + random.nextDouble() * 2 - 1)).append(',');
                    }
                    csv.write(line.append("c").append(label).append('\n').toString());
                }
            }
            Files.writeString(folder.resolve("big.nn"), """
                    network Big {
                        input x[4] normalize
                        layer h[8] tanh
                        layer p[3] softmax
                        loss cross_entropy
                        weights init xavier seed = 1
                        optimizer adam(rate = 0.01)
                        train epochs = 1 batch = 32
                        data "big.csv" label
                    }
                    """, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
