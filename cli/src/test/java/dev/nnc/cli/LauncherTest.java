package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.NncCompiler;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./nnc} launcher finds its repository when it is run through symbolic links, as when
 * it is linked onto PATH. It runs here in a copy of the repository's layout whose {@code nnc.jar} is
 * up to date (so it builds nothing) and starts this build's classes.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    private static final Path LAUNCHER = Path.of("../nnc");

    @TempDir
    Path dir;

    @Test
    void runsThroughAChainOfSymbolicLinksOnThePath() throws Exception {
        Path root = repository();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("nnc-latest"), root.resolve("nnc").toAbsolutePath());
        Files.createSymbolicLink(bin.resolve("nnc"), Path.of("../tools/nnc-latest"));

        // As a shell finds it on PATH (ProcessBuilder itself would search this JVM's PATH).
        Run onPath = run(List.of("/bin/sh", "-c", "nnc --version"), bin);
        assertEquals(0, onPath.exit(), onPath.output());
        assertEquals("nnc " + NncCompiler.VERSION, onPath.output().strip());

        Run linked = run(List.of(bin.resolve("nnc").toString(), "--version"), null);
        assertEquals(0, linked.exit(), linked.output());
        assertTrue(linked.output().startsWith("nnc "), linked.output());
    }

    @Test
    void aDamagedOrTruncatedClassDataArchiveNeverBreaksARun() throws Exception {
        Path root = repository();
        Path archive = root.resolve("cli/target/nnc.jsa");
        Path size = root.resolve("cli/target/nnc.jsa.size");
        FileTime newer = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
        // garbage of the size the launcher recorded: the JVM rejects its header and runs without it
        byte[] garbage = new byte[64 * 1024];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        Files.write(archive, garbage);
        Files.writeString(size, garbage.length + "\n");
        Files.setLastModifiedTime(archive, newer);
        Run damaged = run(List.of(root.resolve("nnc").toString(), "--version"), null);
        assertEquals(0, damaged.exit(), damaged.output());
        assertEquals("nnc " + NncCompiler.VERSION, damaged.output().strip());
        // shorter than recorded (a truncated real archive would crash the JVM): skipped, and without a
        // sample to make a new one from, nothing is made and nothing is said
        Files.writeString(size, (garbage.length * 2) + "\n");
        Run truncated = run(List.of(root.resolve("nnc").toString(), "--version"), null);
        assertEquals(0, truncated.exit(), truncated.output());
        assertEquals("nnc " + NncCompiler.VERSION, truncated.output().strip());
    }

    private static final String XOR = "network Small {\n input x[2]\n layer h[3] tanh\n layer y[1] sigmoid\n loss bce\n"
            + " weights init xavier seed = 4\n optimizer adam(rate = 0.1)\n train epochs = 50 batch = 2\n"
            + " data {\n  [0, 1] -> [1]\n  [1, 0] -> [1]\n  [0, 0] -> [0]\n  [1, 1] -> [0]\n }\n}\n";

    @Test
    void theDaemonServesLaterRunsWithTheOutputAndExitCodeOfAnOrdinaryRun() throws Exception {
        Path launcher = repository().resolve("nnc");
        Files.writeString(dir.resolve("xor.nn"), XOR);
        Files.writeString(dir.resolve("bad.nn"), XOR.replace("tanh", "tanhh").replace("bce", "bcee"));
        Map<String, String> ordinary = Map.of("NNC_DAEMON", "0");
        Map<String, String> daemon = Map.of("NNC_DAEMON_IDLE", "120");
        List<String> train = List.of(launcher.toString(), "train", "xor.nn", "--json");
        List<String> bad = List.of(launcher.toString(), "train", "bad.nn");
        Run expected = run(train, null, ordinary);
        Run expectedBad = run(bad, null, ordinary);
        assertEquals(0, expected.exit(), expected.output());
        assertEquals(1, expectedBad.exit(), expectedBad.output());
        assertTrue(expectedBad.output().contains("bad.nn:3:"), expectedBad.output());
        try {
            assertEquals(expected, run(train, null, daemon), "the run that starts a daemon is an ordinary one");
            // runs while it warms up are ordinary ones too, and start no other daemon, not even one that
            // ends after the daemon took its port
            awaitDaemon(() -> assertEquals(expected, run(train, null, daemon)));
            int before = served(run(List.of(launcher.toString(), "daemon"), null, daemon)); // 1 if the last one was
            assertEquals(expected, run(train, null, daemon));
            assertEquals(expectedBad, run(bad, null, daemon));
            assertEquals(expected, run(train, null, daemon));
            // standard output and error to different places: each gets its own, as from an ordinary run
            List<String> missing = List.of(launcher.toString(), "train", "xor.nn", "--epochs", "2", "--json",
                    "--weights", "missing.json");
            assertEquals(separately(missing, ordinary), separately(missing, daemon));
            assertEquals(separately(train, ordinary), separately(train, daemon));
            assertEquals(before + 5, served(run(List.of(launcher.toString(), "daemon"), null, daemon)),
                    "the last five runs were served");

            // two at once: one is served, the other finds the daemon busy and runs by itself
            List<java.util.concurrent.Future<Run>> both = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                for (int i = 0; i < 2; i++) {
                    both.add(pool.submit(() -> run(train, null, daemon)));
                }
                for (java.util.concurrent.Future<Run> run : both) {
                    assertEquals(expected, run.get());
                }
            } finally {
                pool.shutdown();
            }
        } finally {
            Run stopped = run(List.of(launcher.toString(), "daemon", "stop"), null, daemon);
            assertEquals("stopped 1 nnc daemon", stopped.output().strip());
        }
        assertEquals("no nnc daemon is running",
                run(List.of(launcher.toString(), "daemon"), null, daemon).output().strip());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!daemonProcesses().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), daemonProcesses(), "every daemon started has stopped");
    }

    /** The command lines of the processes of daemons whose files are in this test's folder. */
    private List<String> daemonProcesses() {
        String files = dir.resolve("daemons").toString();
        return ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(Daemon.class.getName()) && line.contains(files)).toList();
    }

    /** Exit code, standard output and standard error of {@code command}, run in the test's folder. */
    private List<String> separately(List<String> command, Map<String, String> variables) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        environment(builder, null, variables);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish");
        return List.of(Integer.toString(process.exitValue()), Files.readString(out), Files.readString(err));
    }

    /**
     * The launcher's environment: this JVM's java first on the PATH (after {@code onPath}), the daemons' files
     * and the class cache in the test's folder, then {@code variables}.
     */
    private void environment(ProcessBuilder builder, Path onPath, Map<String, String> variables) {
        Map<String, String> env = builder.environment();
        env.put("NNC_DAEMON_DIR", dir.resolve("daemons").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.putAll(variables);
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        env.put("PATH", (onPath == null ? "" : onPath + File.pathSeparator) + java + File.pathSeparator
                + env.getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** How many runs the one daemon {@code nnc daemon} lists has served. */
    private static int served(Run status) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("pid \\d+, idle, (\\d+) runs? served, in .*\n")
                .matcher(status.output());
        assertTrue(line.matches(), status.output());
        return Integer.parseInt(line.group(1));
    }

    /** A step that may throw. */
    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code meanwhile} until the daemon started by a run takes clients (its warm-up takes a few seconds). */
    private void awaitDaemon(Step meanwhile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(dir.resolve("daemons"))) {
                if (files.anyMatch(file -> file.toString().endsWith(".port"))) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // not yet made
            }
            meanwhile.run();
        }
        throw new AssertionError("no daemon started");
    }

    private record Run(int exit, String output) {
    }

    private Run run(List<String> command, Path onPath) throws IOException, InterruptedException {
        return run(command, onPath, Map.of());
    }

    private Run run(List<String> command, Path onPath, Map<String, String> variables)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        environment(builder, onPath, variables);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish: " + output);
        return new Run(process.exitValue(), output);
    }

    /** The launcher in a folder laid out like the repository, with a jar newer than every source. */
    private Path repository() throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Path launcher = root.resolve("nnc");
        Files.copy(LAUNCHER, launcher, StandardCopyOption.COPY_ATTRIBUTES);
        assertTrue(launcher.toFile().setExecutable(true), "chmod +x");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (String module : List.of("grammar", "runtime", "compiler", "onnx", "cli")) {
            Files.setLastModifiedTime(Files.createDirectories(root.resolve(module)), old);
        }
        Files.setLastModifiedTime(Files.writeString(root.resolve("pom.xml"), "<project/>"), old);
        jar(Files.createDirectories(root.resolve("cli/target")).resolve("nnc.jar"));
        return root;
    }

    /** A jar that runs {@link Main} from this test's class path (its manifest lists the class path's entries). */
    private static void jar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }
}
