package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precision float} and {@code --precision}: the statement and the option choose the
 * generated class's number type, the option winning; a float class trains, checks and benches
 * end to end, and on real data (iris) reaches the double class's test accuracy.
 */
class PrecisionOptionTest {
    private static final Pattern TEST_ACCURACY = Pattern.compile("\"test_accuracy\": ?([0-9.eE-]+)");

    @TempDir
    Path dir;

    @Test
    void floatIrisReachesTheTestAccuracyOfDouble() {
        Cli twin = Cli.run("train", "../samples/iris.nn", "--json");
        Cli single = Cli.run("train", "../samples/iris.nn", "--json", "--precision", "float");
        assertEquals(0, single.exit(), single.err());
        double want = testAccuracy(twin.out());
        double got = testAccuracy(single.out());
        assertTrue(want > 0.9, twin.out());
        assertTrue(Math.abs(want - got) <= 0.01, "float " + got + ", double " + want);
        assertFalse(single.out().equals(twin.out()), "the float class computes in float");
    }

    @Test
    void theStatementChoosesFloatAndTheOptionOverridesIt() throws Exception {
        Path model = dir.resolve("single.nn");
        Files.writeString(model, Files.readString(Path.of("../samples/mazur.nn")).replace("    loss half_sse",
                "    loss half_sse\n    precision float"));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run(model.toString(), "-d", out.toString()).exit());
        String source = Files.readString(out.resolve("Mazur.java"));
        assertTrue(source.contains("public float w1;"), source);
        assertTrue(source.contains("public float train(float[] x, float[] t)"), source);
        assertEquals(0, Cli.run(model.toString(), "-d", out.toString(), "--precision", "double").exit());
        assertTrue(Files.readString(out.resolve("Mazur.java")).contains("public double w1;"));
        Cli trained = Cli.run("train", model.toString());
        assertEquals(0, trained.exit(), trained.err());
        assertTrue(trained.out().contains("loss      0.29837110638618"), trained.out());
    }

    @Test
    void checkUsesFloatTolerances() {
        Cli run = Cli.run("check", "../samples/iris.nn", "--precision", "float");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("ok: gradients match finite differences"), run.out());
    }

    @Test
    void benchTimesAFloatClassBesideItsDoubleTwin() {
        Cli run = Cli.run("bench", "../samples/iris.nn", "--precision", "float", "--vector", "--rounds", "1",
                "--seconds", "0.05");
        assertEquals(0, run.exit(), run.err());
        for (String line : new String[] {"; in float", "nnc generated, float", "float, Vector API", "double twin",
            "double, Vector API", "float / double", "float / double, Vector API"}) {
            assertTrue(run.out().contains(line), run.out());
        }
    }

    @Test
    void anUnknownPrecisionIsBadUsage() {
        Cli run = Cli.run("train", "../samples/mazur.nn", "--precision", "half");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("'half' is not a precision (float or double)"), run.err());
    }

    private static double testAccuracy(String json) {
        Matcher m = TEST_ACCURACY.matcher(json);
        assertTrue(m.find(), json);
        return Double.parseDouble(m.group(1));
    }
}
