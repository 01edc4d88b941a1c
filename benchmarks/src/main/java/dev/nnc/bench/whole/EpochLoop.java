package dev.nnc.bench.whole;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The worked example trained for N and 2N epochs, by {@code ./nnc train --epochs} and by the same
 * step written in C ({@code benchmarks/compare/mazur_step.c}, gcc -O3): the difference of the two
 * whole runs, over N, is the cost of one epoch with start-up taken out. Also the peak RSS of
 * {@code ./nnc train} at a short and at the long run, which must stay about flat in the epochs.
 */
public final class EpochLoop implements Section {
    static final long SHORT = 1_000_000L;
    static final long N = 15_000_000L;

    @Override
    public String name() {
        return "epochs";
    }

    @Override
    public String markdown(Path root, int repeat) {
        Processes processes = Processes.in(root, Map.of());
        Optional<Path> c = CProgram.compile(root.resolve("benchmarks/compare/mazur_step.c"), List.of("-lm"));
        List<ProcessRun> nncShort = new ArrayList<>();
        List<ProcessRun> nncN = new ArrayList<>();
        List<ProcessRun> nnc2N = new ArrayList<>();
        List<ProcessRun> cN = new ArrayList<>();
        List<ProcessRun> c2N = new ArrayList<>();
        nnc(processes, root, SHORT);   // warms the class cache
        for (int r = 0; r < repeat; r++) {
            nncShort.add(nnc(processes, root, SHORT));
            nncN.add(nnc(processes, root, N));
            nnc2N.add(nnc(processes, root, 2 * N));
            c.ifPresent(program -> {
                cN.add(processes.run(List.of(program.toString(), Long.toString(N))).requireSuccess("mazur_step"));
                c2N.add(processes.run(List.of(program.toString(), Long.toString(2 * N))).requireSuccess("mazur_step"));
            });
        }
        double nncEpoch = perEpochNanos(nncN, nnc2N);
        StringBuilder out = new StringBuilder("### The epoch loop: the worked example, N and 2N epochs\n\n");
        out.append(String.format(Locale.ROOT, "N = %,d; medians of %d runs, alternating.%n%n", N, repeat));
        out.append("| | N epochs | 2N epochs | per epoch ((2N − N) / N) | / C |\n|---|---:|---:|---:|---:|\n");
        if (c.isPresent()) {
            double cEpoch = perEpochNanos(cN, c2N);
            out.append(row("C, gcc -O3 (`mazur_step.c`)", cN, c2N, cEpoch, 1));
            out.append(row("`./nnc train samples/mazur.nn --epochs`", nncN, nnc2N, nncEpoch, nncEpoch / cEpoch));
        } else {
            out.append(row("`./nnc train samples/mazur.nn --epochs`", nncN, nnc2N, nncEpoch, Double.NaN));
            out.append("\n(no C compiler: install gcc for the C column)\n");
        }
        double rssShort = Stats.median(nncShort, ProcessRun::peakRssMegabytes);
        double rssLong = Stats.median(nnc2N, ProcessRun::peakRssMegabytes);
        out.append(String.format(Locale.ROOT, "%nPeak RSS of `./nnc train`: %,d epochs %.0f MB, %,d epochs %.0f MB "
                + "(%+.0f%%).%n", SHORT, rssShort, 2 * N, rssLong, 100 * (rssLong / rssShort - 1)));
        return out.toString();
    }

    private static ProcessRun nnc(Processes processes, Path root, long epochs) {
        List<String> command = List.of(root.resolve("nnc").toString(), "train", "samples/mazur.nn",
                "--epochs", Long.toString(epochs), "--quiet");
        return processes.run(command).requireSuccess(String.join(" ", command));
    }

    private static double perEpochNanos(List<ProcessRun> n, List<ProcessRun> twice) {
        return (Stats.median(twice, ProcessRun::seconds) - Stats.median(n, ProcessRun::seconds)) / N * 1e9;
    }

    private static String row(String name, List<ProcessRun> n, List<ProcessRun> twice, double epochNanos,
            double ratio) {
        return String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %.1f ns | %s |%n", name,
                Stats.median(n, ProcessRun::seconds), Stats.median(twice, ProcessRun::seconds), epochNanos,
                Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f×", ratio));
    }
}
