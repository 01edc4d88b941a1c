package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Big, odd and hostile files in and out: one line each, exit 1, nothing replaced that should not be. */
class HostileFilesTest {
    private static final Path MAZUR = Path.of("../samples/mazur.nn");

    @TempDir
    Path dir;

    private static boolean mkfifo(Path fifo) {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0 && Files.exists(fifo);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aByteOrderMarkIsNotAnError() throws IOException {
        Path bom = dir.resolve("mazur.nn");
        Files.write(bom, ("\uFEFF" + Files.readString(MAZUR)).getBytes(StandardCharsets.UTF_8));
        Cli run = Cli.run("check", bom.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aHugeModelIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.nn");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: 3 GB without using the disk
        }
        Cli run = Cli.run("train", huge.toString());
        assertEquals(1, run.exit());
        assertEquals(huge + ": error: is 3 GB; a .nn file may have at most 16 MB [E040]\n1 error\n", run.err());
        Cli folder = Cli.run(dir.toString());
        assertEquals(dir + ": error: is a folder, not a file [E040]\n1 error\n", folder.err());
    }

    @Test
    void aPipeAsModelIsRefusedNotReadForever() {
        Path fifo = dir.resolve("model.nn");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        Cli run = Cli.run("check", fifo.toString());
        assertEquals(1, run.exit());
        assertEquals(fifo + ": error: is not a regular file (a device, pipe or socket); nnc reads only files [E040]\n"
                + "1 error\n", run.err());
    }

    @Test
    void aSaveOntoAPipeIsRefusedBeforeTrainingAndThePipeStays() throws IOException {
        Path fifo = dir.resolve("weights.json");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        Path plot = dir.resolve("loss.svg");
        Cli run = Cli.run("train", MAZUR.toString(), "--save", fifo.toString(), "--plot", plot.toString());
        assertEquals(1, run.exit());
        assertEquals("nnc: error: " + fifo + ": is not a regular file (a device, pipe or socket); nnc replaces only"
                + " regular files\n", run.err());
        assertEquals("", run.out(), "no training");
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
        assertEquals(List.of("weights.json"), names(dir), "and no plot either");
    }

    @Test
    void explainOverAReadOnlyFileIsRefusedAndTheFileKept() throws IOException {
        Path md = Files.writeString(dir.resolve("mazur.md"), "mine");
        Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("r--r--r--"));
        Cli run = Cli.run("explain", MAZUR.toString(), "-o", md.toString());
        assertEquals(1, run.exit());
        assertEquals("nnc: error: " + md + ": is read-only; nnc does not replace it (make it writable, or write"
                + " elsewhere)\n", run.err());
        assertEquals("mine", Files.readString(md));
    }

    @Test
    void generatingSeveralSourcesWritesAllOrNone() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("MazurNoBias.java")); // in the way of the second source
        Cli run = Cli.run(MAZUR.toString(), "../samples/mazur_no_bias.nn", "-d", out.toString());
        assertEquals(1, run.exit());
        assertEquals("nnc: error: " + out.resolve("MazurNoBias.java") + ": is a folder, not a file; none of the 2 files"
                + " was written\n", run.err());
        assertEquals(List.of("MazurNoBias.java"), names(out), "Mazur.java is not written either");
    }

    @Test
    void longTargetNamesWorkAndNoTemporaryFileIsLeft() throws IOException {
        Path weights = dir.resolve("w".repeat(241) + ".json");
        Cli run = Cli.run("train", "-q", MAZUR.toString(), "--save", weights.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(weights).contains("\"architecture\": \"2 inputs -> 2 sigmoid bias shared -> 2"
                + " sigmoid bias shared; loss half_sse\""));
        assertEquals(List.of(weights.getFileName().toString()), names(dir));
    }

    @Test
    void predictNamesTheWeightsFileInEveryRefusal() throws IOException {
        Path input = Files.writeString(dir.resolve("in.csv"), "0.05,0.1\n");
        Cli folder = Cli.run("predict", MAZUR.toString(), "-w", dir.toString(), input.toString());
        assertEquals(1, folder.exit());
        assertEquals("nnc: error: " + dir + ": is a folder, not a file\n", folder.err());

        Path weights = dir.resolve("mazur.json");
        assertEquals(0, Cli.run("train", "-q", MAZUR.toString(), "--save", weights.toString()).exit());
        Path utf16 = dir.resolve("utf16.json");
        Files.writeString(utf16, "\uFEFF" + Files.readString(weights), StandardCharsets.UTF_16BE);
        Cli encoded = Cli.run("predict", MAZUR.toString(), "-w", utf16.toString(), input.toString());
        assertEquals("nnc: error: " + utf16 + ":1:1: the file is UTF-16 text (it starts with a UTF-16 byte order mark);"
                + " save it as UTF-8\n", encoded.err());

        // the same network name and parameter names, another activation: refused, not silently loaded
        Path tanh = Files.writeString(dir.resolve("mazur_tanh.nn"), Files.readString(MAZUR).replace(
                "layer h[2] sigmoid", "layer h[2] tanh"));
        Cli other = Cli.run("predict", tanh.toString(), "-w", weights.toString(), input.toString());
        assertEquals(1, other.exit());
        assertTrue(other.err().contains(weights + ": the weights are for a network of architecture 2 inputs -> 2 sigmoid"
                + " bias shared -> 2 sigmoid bias shared; loss half_sse, but Mazur is 2 inputs -> 2 tanh bias shared ->"
                + " 2 sigmoid bias shared; loss half_sse"), other.err());

        Path infinite = Files.writeString(dir.resolve("infinite.json"),
                Files.readString(weights).replaceFirst("\"w1\": [^,]*", "\"w1\": 1e400"));
        Cli big = Cli.run("predict", MAZUR.toString(), "-w", infinite.toString(), input.toString());
        assertTrue(big.err().matches("nnc: error: \\Q" + infinite + "\\E:\\d+:11: number too large for a double"
                + " \\(it would be infinite\\)\n"), big.err());
    }

    @Test
    void aHugeOneLineCsvIsReportedInAFewLines() throws IOException {
        Path weights = dir.resolve("mazur.json");
        assertEquals(0, Cli.run("train", "-q", MAZUR.toString(), "--save", weights.toString()).exit());
        Path csv = dir.resolve("one-line.csv");
        try (Writer out = Files.newBufferedWriter(csv)) {
            char[] chunk = "0.5,".repeat(8192).toCharArray();
            for (int i = 0; i < 24 * 1024 * 1024 / chunk.length; i++) {
                out.write(chunk);
            }
        }
        Cli run = Cli.run("predict", MAZUR.toString(), "-w", weights.toString(), csv.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(csv + ":1:1048577: error: line longer than 1048576 characters;"), run.err());
        assertTrue(run.err().length() < 600, "the line is not echoed whole: " + run.err().length() + " characters");
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingWhatAndWhatToDo() {
        StringWriter err = new StringWriter();
        int exit = Main.guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "in 'nnc train' (the network or its data is too large)", new PrintWriter(err, true));
        assertEquals(1, exit);
        assertTrue(err.toString().matches("nnc: error: out of memory in 'nnc train' \\(the network or its data is too"
                + " large\\): the JVM may use [0-9.]+ [KMGT]B; give it more, e.g. NNC_JAVA_OPTS=-Xmx8g \\./nnc \\.\\.\\."
                + " \\(or java -Xmx8g -jar nnc\\.jar \\.\\.\\.\\)\n"), err.toString());

        StringWriter reported = new StringWriter();
        Optional<Object> none = OutOfMemory.guard("reading data file 'big.csv' (2 GB)",
                new Reporter(new PrintWriter(reported, true)), () -> {
                    throw new OutOfMemoryError("Java heap space");
                });
        assertEquals(Optional.empty(), none);
        assertTrue(reported.toString().startsWith("nnc: error: out of memory reading data file 'big.csv' (2 GB): the JVM"
                + " may use "), reported.toString());
    }
}
