package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc bench} and {@code nnc FILE.nn --report}, on small networks and short rounds. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchTimesCompilationAndBothImplementations() {
        Cli run = Cli.run("bench", "../samples/iris.nn", "--rounds", "1", "--seconds", "0.05", "--no-cache");
        assertEquals(0, run.exit(), run.err());
        for (String line : new String[] {"Iris: 4-8-3", "generate source", "javac + load", "nnc generated class",
            "generic Java MLP", "ratio"}) {
            assertTrue(run.out().contains(line), run.out());
        }
        assertTrue(run.out().contains("  training steps per second (one sample and one adam update; the file's batch "
                + "of 8 is not used here; median of 1 rounds of 0.1 s, after a warm-up):"), run.out());
    }

    @Test
    void benchNamesTheOptimizerItMeasures() {
        Cli run = Cli.run("bench", "../samples/mazur.nn", "--rounds", "1", "--seconds", "0.05");
        assertTrue(run.out().contains("(one sample and one sgd update; median of"), run.out());
        Cli momentum = Cli.run("bench", "../samples/activation_tanh.nn", "--rounds", "1", "--seconds", "0.05");
        assertTrue(momentum.out().contains("(one sample and one momentum update"), momentum.out());
    }

    @Test
    void benchWithVectorTimesTheVectorApiClassToo() {
        Cli run = Cli.run("bench", "../samples/iris.nn", "--vector", "--rounds", "1", "--seconds", "0.05");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("h loops (Vector API)"), run.out());
        assertTrue(run.out().contains("nnc with Vector API"), run.out());
        assertTrue(run.out().contains("ratio, Vector API"), run.out());
    }

    @Test
    void vectorWritesVectorApiCodeWithTheSameResults() throws Exception {
        Cli run = Cli.run("../samples/iris.nn", "-d", dir.toString(), "--vector", "--report");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("loops, input-major, Vector API"), run.out());
        String source = Files.readString(dir.resolve("Iris.java"));
        assertTrue(source.contains("import jdk.incubator.vector.DoubleVector;"), source);
        Cli scalar = Cli.run("train", "../samples/iris.nn", "--json", "--epochs", "20");
        Cli vector = Cli.run("train", "../samples/iris.nn", "--json", "--epochs", "20", "--vector");
        assertEquals(0, vector.exit(), vector.err());
        assertEquals(scalar.out(), vector.out(), "the same numbers, to the bit");
    }

    @Test
    void benchReportsModelErrorsAndBadOptions() throws Exception {
        Path bad = dir.resolve("bad.nn");
        Files.writeString(bad, "network Bad { input x[2] layer y[2] sigmod loss mse }");
        assertEquals(Main.MODEL_ERROR, Cli.run("bench", bad.toString()).exit());
        assertEquals(Main.USAGE, Cli.run("bench", "../samples/mazur.nn", "--rounds", "0").exit());
    }

    @Test
    void reportShowsTheStrategyAndEveryMethodsSize() {
        Cli run = Cli.run("../samples/iris.nn", "-d", dir.toString(), "--report");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("loops, input-major"), run.out());
        assertTrue(run.out().contains("forward "), run.out());
        assertTrue(run.out().contains("largest method:"), run.out());
        assertTrue(Files.exists(dir.resolve("Iris.java")));
    }
}
