package dev.nnc.bench.whole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code ./nnc train} against FANN, the C library, on FANN's own example data sets: the same
 * 3-layer network, the same full-batch RPROP, 100 epochs, each a whole process. FANN runs as
 * {@code benchmarks/compare/fann_train.c}, compiled here with gcc -O3 against the double-precision
 * library (Debian's libfann-dev; the data sets come with libfann-doc).
 */
public final class FannComparison implements Section {
    static final Path DATA_SETS = Path.of("/usr/share/doc/libfann-dev/examples/datasets");
    static final Path HEADER = Path.of("/usr/include/doublefann.h");
    static final List<String> SETS = List.of("thyroid", "gene", "mushroom");
    /** The hidden layer of FANN's mushroom example (examples/mushroom.c), used for every set. */
    static final int HIDDEN = 32;
    static final int EPOCHS = 100;

    @Override
    public String name() {
        return "fann";
    }

    @Override
    public String markdown(Path root, int repeat) {
        String heading = "### Against FANN\n\n";
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            return heading + "Not measured: this machine has no " + String.join(", no ", missing) + ". On Debian"
                    + " or Ubuntu, `sudo apt-get install gcc libfann-dev libfann-doc` (libfann-dev has the"
                    + " library and doublefann.h, libfann-doc the example data sets in " + DATA_SETS + "), then"
                    + " rerun `java -cp benchmarks/target/benchmarks.jar dev.nnc.bench.whole.WholeRun --only fann`"
                    + " from the repository.";
        }
        try {
            Path work = Files.createTempDirectory("nnc-fann");
            try {
                Path program = compile(root, work);
                FannMeasurement measurement = new FannMeasurement(root, program, work, HIDDEN, EPOCHS, repeat);
                List<FannRow> rows = new ArrayList<>();
                for (String set : SETS) {
                    rows.add(measurement.measure(set, DATA_SETS.resolve(set + ".train"),
                            DATA_SETS.resolve(set + ".test")));
                }
                return heading + FannTable.markdown(rows, repeat, FannMeasurement.model(SETS.get(0),
                        rows.get(0).train(), HIDDEN, EPOCHS));
            } finally {
                TempFolders.delete(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What this section needs and the machine lacks: gcc, FANN's header, its example data. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!onPath("gcc")) {
            missing.add("gcc");
        }
        if (!Files.isRegularFile(HEADER)) {
            missing.add(HEADER.toString());
        }
        if (!SETS.stream().map(s -> DATA_SETS.resolve(s + ".train")).allMatch(Files::isRegularFile)) {
            missing.add("FANN example data sets in " + DATA_SETS);
        }
        return missing;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        Predicate<String> has = dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command));
        return List.of(path.split(java.io.File.pathSeparator)).stream().anyMatch(has);
    }

    private static Path compile(Path root, Path work) {
        Path program = work.resolve("fann_train");
        List<String> gcc = List.of("gcc", "-O3", "-o", program.toString(),
                root.resolve("benchmarks/compare/fann_train.c").toString(), "-ldoublefann", "-lm");
        Processes.in(root, Map.of()).run(gcc).requireSuccess(String.join(" ", gcc));
        return program;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
