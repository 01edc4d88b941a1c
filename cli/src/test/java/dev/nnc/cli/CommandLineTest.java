package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generating sources, checking gradients, usage errors and bad models, as a user meets them. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void trainCheckAndExplainNeedTrainingDataAndSayWhereToAddIt() throws Exception {
        Path model = dir.resolve("model.nn");
        Files.writeString(model, "network Net {\n    input x[2]\n    layer y[1] sigmoid\n    loss mse\n}\n");
        String[][] commands = {{"train", "to train on"}, {"check", "to check the gradient on"},
            {"explain", "to explain the gradient on"}};
        for (String[] command : commands) {
            Cli run = Cli.run(command[0], model.toString());
            assertEquals(Main.MODEL_ERROR, run.exit(), command[0]);
            assertEquals(model + ":1:9: error: network 'Net' has no training data " + command[1] + ": add a block"
                    + " 'data { [x, ...] -> [t, ...] }' or a line 'data \"file.csv\"' [E036]\n"
                    + "network Net {\n"
                    + "        ^~~\n"
                    + "1 error\n", run.err().replace(System.lineSeparator(), "\n"), command[0]);
        }
        assertEquals(0, Cli.run(model.toString(), "-d", dir.toString()).exit(), "generating needs no data");
    }

    @Test
    void generatesOneSourcePerNetworkUnderThePackage() throws Exception {
        Cli run = Cli.run("../samples/mazur.nn", "../samples/xor.nn", "-d", dir.toString(), "-p", "com.example.nets");
        assertEquals(0, run.exit(), run.err());
        Path mazur = dir.resolve("com/example/nets/Mazur.java");
        assertTrue(Files.exists(mazur));
        assertTrue(Files.exists(dir.resolve("com/example/nets/Xor.java")));
        assertTrue(run.out().contains(mazur.toString()), run.out());
        String source = Files.readString(mazur);
        assertTrue(source.contains("delta_h1 = (delta_o1 * w5 + delta_o2 * w7) * out_h1 * (1 - out_h1);"), source);
        assertTrue(source.contains("// mazur.nn:6 loss half_sse"), "the loss statement's line");
        assertTrue(source.contains("// mazur.nn:11 sgd, batch of one"), "the optimizer statement's line");
        Network net = (Network) InMemoryCompiler.compile("com.example.nets.Mazur", source).getDeclaredConstructor().newInstance();
        assertEquals(0.2983711087600027, net.loss(new double[] {0.05, 0.10}, new double[] {0.01, 0.99}), 0.0);
    }

    @Test
    void generateSubcommandIsTheSame() {
        Cli run = Cli.run("generate", "../samples/linear.nn", "-d", dir.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(dir.resolve("Linear.java")));
    }

    @Test
    void checkComparesWithFiniteDifferences() {
        Cli run = Cli.run("check", "../samples/mazur.nn");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("largest relative error"), run.out());
        assertTrue(run.out().contains("ok"), run.out());
    }

    @Test
    void checkPassesOnEverySample() throws Exception {
        try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".nn")).toList()) {
                Cli run = Cli.run("check", sample.toString());
                assertEquals(0, run.exit(), sample + ": " + run.out() + run.err());
            }
        }
    }

    @Test
    void badModelGivesPositionedErrorsAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.nn");
        Files.writeString(bad, "network Bad {\n    input i[2]\n    layer h[2] sigmod\n    loss half_sse\n}\n");
        Path out = dir.resolve("out");
        Cli run = Cli.run(bad.toString(), "-d", out.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(bad + ":3:16: error:"), run.err());
        assertTrue(run.err().contains("sigmoid"), "suggests the right spelling: " + run.err());
        assertTrue(run.err().contains("    layer h[2] sigmod\n               ^"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out), "nothing is written when a file has errors");
    }

    @Test
    void oneBadFileStopsEveryFileFromBeingWritten() throws Exception {
        Path bad = dir.resolve("bad.nn");
        Files.writeString(bad, "network {\n");
        Cli run = Cli.run("../samples/mazur.nn", bad.toString(), "-d", dir.resolve("out").toString());
        assertEquals(1, run.exit());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void missingFile() {
        Cli run = Cli.run("train", dir.resolve("nope.nn").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run().exit());
        assertEquals(2, Cli.run("train").exit());
        assertEquals(2, Cli.run("train", "../samples/mazur.nn", "--epochs", "many").exit());
        assertEquals(2, Cli.run("train", "../samples/mazur.nn", "--rate", "-1").exit());
    }

    @Test
    void versionAndHelp() {
        Cli version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("nnc "), version.out());
        Cli help = Cli.run("train", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--epochs"), help.out());
    }
}
