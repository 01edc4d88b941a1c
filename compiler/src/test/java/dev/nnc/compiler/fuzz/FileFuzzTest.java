package dev.nnc.compiler.fuzz;

import dev.nnc.runtime.Activation;
import dev.nnc.runtime.AtomicFiles;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.FileRefusedException;
import dev.nnc.runtime.GenericMlp;
import dev.nnc.runtime.LayerShape;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.Weights;
import dev.nnc.runtime.WeightsException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the files nnc reads and writes outside the compiler: damaged weights files must load or be
 * refused with a {@link WeightsException} naming the file, changing nothing; and {@link AtomicFiles}
 * must write any path it is given or refuse it with a message naming it, never replacing a pipe, a
 * folder or a read-only file, and never leaving a temporary file behind.
 */
class FileFuzzTest {
    private static final List<LayerShape> LAYERS = List.of(
            new LayerShape(3, Activation.TANH, 0, BiasMode.SHARED, false), LayerShape.of(2, Activation.SOFTMAX));
    private static final List<LayerShape> OTHER_LAYERS = List.of(
            new LayerShape(3, Activation.RELU, 0, BiasMode.SHARED, false), LayerShape.of(2, Activation.SOFTMAX));
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8,
            StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16);
    /** Pieces of paths: plain, odd, long, and the names of the sandbox's fixtures. */
    private static final List<String> PIECES = List.of("out.json", "a", "new folder", ".", "..", "folder", "file.txt",
            "read-only.txt", "pipe", "link-to-file", "link-to-folder", "dangling", ".nnc-abc123.tmp", "x".repeat(200),
            "y".repeat(256), "\u00e9t\u00e9.md", "tab\there", "line\nbreak", " ", "-", "a\0b", "\uFEFF", "\u202Ertl");

    private static Path sandbox;
    private static boolean hasPipe;

    private static GenericMlp network(List<LayerShape> layers) {
        double[] parameters = new double[GenericMlp.parameterCount(4, layers)];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Math.sin(i + 1);
        }
        GenericMlp net = new GenericMlp("Net", 4, layers, Loss.CROSS_ENTROPY,
                OptimizerSettings.defaults(OptimizerKind.SGD), true, parameters);
        net.setInputNormalization(new double[] {1, 2, 3, 4}, new double[] {0.5, 0, 2, 1e-3});
        return net;
    }

    /** A weights file, damaged by a few mutations, in one of a few encodings, sometimes nested deep. */
    record WeightsCase(List<Mutation> mutations, int encoding, int nesting) {
        byte[] bytes() {
            String json = Weights.toJson(network(LAYERS), Provenance.of(network(LAYERS)));
            for (Mutation mutation : mutations) {
                json = mutation.apply(json);
            }
            if (nesting > 0) {
                json = json.replaceFirst("\"w1\": ", "\"w1\": " + "[".repeat(nesting)) .replaceFirst(",\n", "]".repeat(nesting) + ",\n");
            }
            return json.getBytes(ENCODINGS.get(encoding));
        }
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void damagedWeightsFilesLoadOrAreRefusedNamingTheFile(@ForAll("damagedWeights") WeightsCase input)
            throws IOException {
        Path file = folder().resolve("weights.json");
        Files.write(file, input.bytes());
        GenericMlp net = network(input.encoding() == 1 ? OTHER_LAYERS : LAYERS);
        double[] before = net.parameters();
        double[] std = net.inputStd();
        try {
            Weights.load(net, file);
            for (double p : net.parameters()) {
                require(Double.isFinite(p), "a loaded parameter is " + p);
            }
            for (double s : net.inputStd()) {
                require(s >= 0 && Double.isFinite(s), "a loaded std is " + s);
            }
            Statistics.label("outcome").collect("loaded");
        } catch (WeightsException e) {
            require(e.getMessage().startsWith(file + ":"), "a refusal that does not name the file: " + e.getMessage());
            require(Arrays.equals(before, net.parameters()) && Arrays.equals(std, net.inputStd()),
                    "a refused file changed the network");
            Statistics.label("outcome").collect("refused");
        }
    }

    @Provide
    Arbitrary<WeightsCase> damagedWeights() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
        Arbitrary<Integer> nesting = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 100_000)));
        return Combinators.combine(mutation.list().ofMinSize(0).ofMaxSize(4),
                Arbitraries.integers().between(0, ENCODINGS.size() - 1), nesting).as(WeightsCase::new);
    }

    @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
    void anyPathIsWrittenOrRefusedNamingIt(@ForAll("paths") List<String> pieces) throws IOException {
        Path folder = folder();
        Path target;
        try {
            target = folder.resolve(String.join("/", pieces));
        } catch (InvalidPathException e) {
            Assume.that(false); // not a path at all: nothing to hand the writer
            return;
        }
        Assume.that(target.toAbsolutePath().normalize().startsWith(folder)); // tests write only in their folder
        byte[] content = String.join("|", pieces).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(target, content);
            require(Arrays.equals(content, Files.readAllBytes(target)), "written but not there: " + target);
            Statistics.label("outcome").collect("written");
        } catch (FileRefusedException e) {
            require(e.getMessage().startsWith(target + ": "), "a refusal that does not name the target: "
                    + e.getMessage());
            Statistics.label("outcome").collect("refused");
        }
        require(Files.isDirectory(folder.resolve("folder"), LinkOption.NOFOLLOW_LINKS), "a folder was replaced");
        require("mine".equals(Files.readString(folder.resolve("read-only.txt"))), "a read-only file was replaced");
        require(!hasPipe || !Files.isRegularFile(folder.resolve("pipe"), LinkOption.NOFOLLOW_LINKS),
                "a pipe was replaced");
        require(Files.isSymbolicLink(folder.resolve("link-to-file")), "a link was replaced");
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> left = files.filter(f -> f.getFileName().toString().matches("\\.nnc-[a-z0-9]{6}\\.tmp")
                    && !f.getFileName().toString().equals(".nnc-abc123.tmp")).toList();
            require(left.isEmpty(), "temporary files left behind: " + left);
        }
    }

    @Provide
    Arbitrary<List<String>> paths() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4);
    }

    /** The sandbox of this run: a folder, a file, a read-only file, links, and a pipe when mkfifo exists. */
    private static synchronized Path folder() throws IOException {
        if (sandbox == null) {
            sandbox = Files.createTempDirectory("nnc-file-fuzz").toRealPath();
            Files.createDirectory(sandbox.resolve("folder"));
            Files.writeString(sandbox.resolve("file.txt"), "a file");
            Path readOnly = Files.writeString(sandbox.resolve("read-only.txt"), "mine");
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
            Files.createSymbolicLink(sandbox.resolve("link-to-file"), Path.of("file.txt"));
            Files.createSymbolicLink(sandbox.resolve("link-to-folder"), Path.of("folder"));
            Files.createSymbolicLink(sandbox.resolve("dangling"), Path.of("nowhere/x"));
            try {
                hasPipe = new ProcessBuilder("mkfifo", sandbox.resolve("pipe").toString()).start().waitFor() == 0;
            } catch (IOException e) {
                hasPipe = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(sandbox)));
        }
        return sandbox;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // a temporary folder: the system cleans it up
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
