package dev.nnc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc sweep --spark local[2]} prints the table the run on this JVM's threads prints. */
class SparkSweepTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void spark() {
        SharedSpark.session();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run nnc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run both(List<String> args) {
        Run local = nnc(args.toArray(String[]::new));
        assertEquals(0, local.exit(), local.err());
        List<String> onSpark = new ArrayList<>(args);
        onSpark.addAll(List.of("--spark", "local[2]"));
        Run spark = nnc(onSpark.toArray(String[]::new));
        assertEquals(0, spark.exit(), spark.err());
        assertEquals(local.out(), spark.out(), "the same table on Spark as on this JVM's threads");
        return spark;
    }

    @Test
    void theIssuesSixRowIrisSweepIsTheLocalTable() {
        Run run = both(List.of("sweep", "../samples/iris.nn", "--grid", "rate=0.001,0.01,0.1", "--grid", "h=4,8",
                "--folds", "3"));
        assertEquals(2 + 6, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("Iris: 6 combinations, validated on 3-fold cross-validation"), run.out());
    }

    @Test
    void seedsAndValidationDataGiveTheLocalTableToo() throws IOException {
        for (String csv : List.of("iris-train.csv", "iris-test.csv")) {
            Files.copy(Path.of("../samples/data", csv), dir.resolve(csv), StandardCopyOption.REPLACE_EXISTING);
        }
        Path model = dir.resolve("iris.nn");
        Files.writeString(model, Files.readString(Path.of("../samples/iris.nn")).replace("data/", "")
                .replace("epochs = 200", "epochs = 20")
                .replace("    test ", "    validation \"iris-test.csv\" label\n    test "));
        Run run = both(List.of("sweep", model.toString(), "--grid", "seed=1..3", "--grid", "weight_decay=0,0.01",
                "--json"));
        assertTrue(run.out().contains("\"validation\":\"30 validation samples (trained on 120)\""), run.out());
    }

    @Test
    void aGridTheCheckerRefusesStopsBeforeSparkIsAsked() {
        Run run = nnc("sweep", "../samples/iris.nn", "--grid", "h=0", "--folds", "3", "--spark", "local[2]");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("[E018]"), run.err());
    }
}
