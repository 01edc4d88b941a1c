package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a new user makes, tried as a new user would: {@code nnc generate} and {@code nnc train}
 * each exit with 1, print {@code FILE:LINE:COLUMN: error: ... [CODE]} at the right place with the
 * line and a caret, no stack trace, and leave no file behind.
 */
class NewUserMistakesTest {
    @TempDir
    Path dir;

    /**
     * A mistake: the model (and any CSV files beside it, by name), and where the first error must be
     * reported, as {@code FILE:LINE:COLUMN} with FILE one of those names.
     */
    private record Mistake(String name, String model, Map<String, String> files, String where, String code) {
        Mistake(String name, String model, String where, String code) {
            this(name, model, Map.of(), where, code);
        }
    }

    private static final String XOR_CSV = "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n";
    private static final String IRIS_CSV = "sepal_length,sepal_width,petal_length,petal_width,species\n"
            + "5.1,3.5,1.4,0.2,0\n7.0,3.2,4.7,1.4,1\n6.3,3.3,6.0,2.5,2\n";

    private static final List<Mistake> MISTAKES = List.of(
            new Mistake("misspelt keyword", """
                    network Net {
                        input x[2]
                        layr h[2] sigmoid
                        layer y[1] sigmoid
                        loss mse
                    }
                    """, "model.nn:3:5", "E001"),
            new Mistake("misspelt activation", """
                    network Net {
                        input x[2]
                        layer h[2] sigmod
                        layer y[1] sigmoid
                        loss mse
                    }
                    """, "model.nn:3:16", "E010"),
            new Mistake("misspelt loss", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss half_ssee
                    }
                    """, "model.nn:4:10", "E011"),
            new Mistake("the loss by its Keras name", """
                    network Net {
                        input x[4]
                        layer y[3] softmax
                        loss categorical_crossentropy
                    }
                    """, "model.nn:4:10", "E011"),
            new Mistake("misspelt optimizer", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        optimizer adma(rate = 0.01)
                    }
                    """, "model.nn:5:15", "E012"),
            new Mistake("optimizer parameter by its PyTorch name", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        optimizer sgd(lr = 0.1)
                    }
                    """, "model.nn:5:19", "E014"),
            new Mistake("misspelt optimizer parameter", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        optimizer adam(rate = 0.01, beta_1 = 0.9)
                    }
                    """, "model.nn:5:33", "E014"),
            new Mistake("too few weights", """
                    network Net {
                        input i[2]
                        layer h[2] sigmoid
                        layer o[2] sigmoid
                        loss half_sse
                        weights = [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50]
                    }
                    """, "model.nn:6:15", "E024"),
            new Mistake("weights of one layer counted wrong", """
                    network Net {
                        input x[3]
                        layer h[2] tanh
                        layer y[1] sigmoid
                        loss bce
                        weights h = [0.1, 0.2, 0.3, 0.4]
                    }
                    """, "model.nn:6:17", "E026"),
            new Mistake("weights for a misspelt layer", """
                    network Net {
                        input x[2]
                        layer hidden[2] tanh
                        layer y[1] sigmoid
                        loss bce
                        weights hiden = [0.1, 0.2, 0.3, 0.4]
                    }
                    """, "model.nn:6:13", "E025"),
            new Mistake("no loss", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        data { [0, 1] -> [1] }
                    }
                    """, "model.nn:1:9", "E005"),
            new Mistake("no input", """
                    network Net {
                        layer h[2] sigmoid
                        layer y[1] sigmoid
                        loss mse
                    }
                    """, "model.nn:1:9", "E005"),
            new Mistake("softmax in a hidden layer", """
                    network Net {
                        input x[4]
                        layer h[8] softmax
                        layer y[3] softmax
                        loss cross_entropy
                    }
                    """, "model.nn:3:16", "E022"),
            new Mistake("a CSV file that is not there", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data "trian.csv"
                    }
                    """, Map.of("train.csv", XOR_CSV), "model.nn:5:10", "E031"),
            new Mistake("a ragged CSV file", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data "train.csv"
                    }
                    """, Map.of("train.csv", "x1,x2,y\n0,0,0\n0,1\n1,0,1\n"), "train.csv:3:4", "E032"),
            new Mistake("a word in a CSV cell", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data "train.csv"
                    }
                    """, Map.of("train.csv", "x1,x2,y\n0,0,0\n0,one,1\n"), "train.csv:3:3", "E032"),
            new Mistake("a class label that makes a class too many", """
                    network Net {
                        input x[4]
                        layer h[5] tanh
                        layer y[3] softmax
                        loss cross_entropy
                        data "iris.csv" label
                    }
                    """, Map.of("iris.csv", IRIS_CSV + "5.9,3.0,5.1,1.8,3\n"), "iris.csv:1:51", "E061"),
            new Mistake("an empty CSV file", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data "train.csv"
                    }
                    """, Map.of("train.csv", "x1,x2,y\n"), "train.csv:1:1", "E032"),
            new Mistake("label with a single linear output", """
                    network Net {
                        input x[2]
                        layer y[1] linear
                        loss mse
                        data "xor.csv" label
                    }
                    """, Map.of("xor.csv", XOR_CSV), "model.nn:5:20", "E035"),
            new Mistake("a negative learning rate", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        optimizer sgd(rate = -0.1)
                    }
                    """, "model.nn:5:26", "E017"),
            new Mistake("a batch of zero", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        train epochs = 100 batch = 0
                    }
                    """, "model.nn:5:32", "E019"),
            new Mistake("two layers with one name", """
                    network Net {
                        input x[2]
                        layer h[3] relu
                        layer h[2] relu
                        layer y[1] sigmoid
                        loss bce
                    }
                    """, "model.nn:4:11", "E008"),
            new Mistake("a Java keyword as a name", """
                    network Net {
                        input x[2]
                        layer class[3] softmax
                        loss cross_entropy
                    }
                    """, "model.nn:3:11", "E007"),
            new Mistake("a keyword of the language as a name", """
                    network Net {
                        input data[2]
                        layer y[1] sigmoid
                        loss mse
                    }
                    """, "model.nn:2:11", "E007"),
            new Mistake("the closing brace left out", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                    """, "model.nn:4:13", "E001"),
            new Mistake("a comment with #", """
                    network Net {
                        input x[2]   # two inputs
                        layer y[1] sigmoid
                        loss mse
                    }
                    """, "model.nn:2:18", "E002"),
            new Mistake("a file name in single quotes", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data 'xor.csv'
                    }
                    """, Map.of("xor.csv", XOR_CSV), "model.nn:5:10", "E002"),
            new Mistake("a string never closed", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data "xor.csv
                    }
                    """, Map.of("xor.csv", XOR_CSV), "model.nn:5:10", "E003"),
            new Mistake("a number too large for a double", """
                    network Net {
                        input x[1]
                        layer y[1] linear
                        loss mse
                        weights = [1e400]
                    }
                    """, "model.nn:5:16", "E021"),
            new Mistake("a sample with one input too many", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data {
                            [0, 0] -> [0]
                            [0, 1, 1] -> [1]
                        }
                    }
                    """, "model.nn:7:9", "E028"),
            new Mistake("a sample with a target too many", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss bce
                        data {
                            [0, 0] -> [0, 1]
                        }
                    }
                    """, "model.nn:6:19", "E028"),
            new Mistake("a bias list of the wrong length", """
                    network Net {
                        input x[2]
                        layer y[3] softmax bias = [0.1, 0.2]
                        loss cross_entropy
                    }
                    """, "model.nn:3:24", "E023"),
            new Mistake("loss given twice", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        loss bce
                    }
                    """, "model.nn:5:5", "E006"),
            new Mistake("leaky_relu without its slope", """
                    network Net {
                        input x[2]
                        layer h[4] leaky_relu
                        layer y[1] sigmoid
                        loss bce
                    }
                    """, "model.nn:3:16", "E015"),
            new Mistake("a layer size that is not a whole number", """
                    network Net {
                        input x[2]
                        layer h[2.5] tanh
                        layer y[1] sigmoid
                        loss bce
                    }
                    """, "model.nn:3:13", "E018"),
            new Mistake("negative epochs", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        train epochs = -10
                    }
                    """, "model.nn:5:20", "E019"),
            new Mistake("an empty data block", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        data { }
                    }
                    """, "model.nn:5:5", "E029"),
            new Mistake("a list without commas", """
                    network Net {
                        input x[2]
                        layer y[1] linear
                        loss mse
                        weights = [0.5 0.25]
                    }
                    """, "model.nn:5:20", "E001"),
            new Mistake("a Keras layer", """
                    network Net {
                        input x[2]
                        dense h[4] relu
                        layer y[1] sigmoid
                        loss bce
                    }
                    """, "model.nn:3:5", "E001"),
            new Mistake("two networks in one file", """
                    network A {
                        input x[1]
                        layer y[1] linear
                        loss mse
                    }
                    network B {
                        input x[1]
                        layer y[1] linear
                        loss mse
                    }
                    """, "model.nn:6:9", "E004"),
            new Mistake("a network called java, which would hide the package", """
                    network java {
                        input x[1]
                        layer y[1] linear
                        loss mse
                    }
                    """, "model.nn:1:9", "E007"),
            new Mistake("uniform bounds the wrong way round", """
                    network Net {
                        input x[2]
                        layer y[1] sigmoid
                        loss mse
                        weights init uniform(0.5, -0.5)
                    }
                    """, "model.nn:5:18", "E017"));

    @Test
    void thereAreAtLeastThirtyDistinctMistakes() {
        assertTrue(MISTAKES.size() >= 30, MISTAKES.size() + " mistakes");
        assertEquals(MISTAKES.size(), MISTAKES.stream().map(Mistake::name).distinct().count());
        assertEquals(MISTAKES.size(), MISTAKES.stream().map(m -> m.model() + m.files()).distinct().count());
    }

    @TestFactory
    Stream<DynamicTest> eachMistakeIsReportedWhereItIsAndNothingIsWritten() {
        return MISTAKES.stream().map(mistake -> dynamicTest(mistake.name(), () -> check(mistake)));
    }

    private void check(Mistake mistake) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(mistake.name().replaceAll("\\W+", "-")));
        Path model = folder.resolve("model.nn");
        Files.writeString(model, mistake.model());
        for (Map.Entry<String, String> file : mistake.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Set<Path> before = contents(folder);
        Path out = folder.resolve("out");
        Cli generate = Cli.run("generate", model.toString(), "-d", out.toString());
        assertReported(mistake, folder, generate);
        Cli train = Cli.run("train", model.toString(), "--save", out.resolve("weights.json").toString(), "--plot",
                out.resolve("loss.svg").toString(), "--quiet");
        assertReported(mistake, folder, train);
        assertEquals(before, contents(folder), "nothing is written when a file has errors");
    }

    /** Exit 1; the first error at the expected file, line and column, with that line under it; no stack trace. */
    private static void assertReported(Mistake mistake, Path folder, Cli run) throws IOException {
        String err = run.err();
        assertEquals(1, run.exit(), err);
        String[] where = mistake.where().split(":");
        Path file = folder.resolve(where[0]);
        String header = file + ":" + where[1] + ":" + where[2] + ": error: ";
        int at = err.indexOf(header);
        assertTrue(at >= 0, "expected " + header + "... in\n" + err);
        assertEquals(at, err.indexOf(": error: ") - (header.length() - ": error: ".length()),
                "the first error is the expected one:\n" + err);
        String message = err.substring(at, err.indexOf('\n', at));
        assertTrue(message.endsWith("[" + mistake.code() + "]"), message);
        String line = lineOf(file, Integer.parseInt(where[1]));
        String caret = " ".repeat(Integer.parseInt(where[2]) - 1) + "^";
        assertTrue(err.startsWith(message + "\n" + line + "\n" + caret, at), "the line and a caret under the column:\n"
                + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("internal error"), err);
        assertEquals("", run.out(), "results only when there are none of these errors");
    }

    private static String lineOf(Path file, int line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static Set<Path> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.collect(Collectors.toSet());
        }
    }
}
