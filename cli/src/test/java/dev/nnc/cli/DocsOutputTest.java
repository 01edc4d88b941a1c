package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output the docs show is nnc's real output: each block that starts with {@code $ ./nnc ...}
 * and is checked here is run, and its lines must be what nnc prints, in order ({@code ...} stands
 * for any number of lines left out). When the code changes the numbers, this test says which.
 */
class DocsOutputTest {
    private static final Path PERFORMANCE = Path.of("../docs/performance.md");

    @TempDir
    Path dir;

    @Test
    void theReportInPerformanceMdIsTheRealOne() throws Exception {
        List<String> shown = block(Files.readString(PERFORMANCE), "$ ./nnc samples/iris.nn -d out --report");
        Cli run = Cli.run("../samples/iris.nn", "-d", dir.resolve("out").toString(), "--report");
        assertEquals(0, run.exit(), run.err());
        List<String> printed = run.out().replace(dir.resolve("out") + "/", "out/").strip().lines().toList();
        assertMatches(shown, printed);
    }

    @Test
    void theEvaluationInTrainingMdIsTheRealOne() throws Exception {
        String command = "$ ./nnc evaluate samples/iris.nn --weights iris.json samples/data/iris-test.csv";
        List<String> shown = block(Files.readString(Path.of("../docs/training.md")), command);
        Path weights = dir.resolve("iris.json");
        Cli train = Cli.run("train", "../samples/iris.nn", "-q", "--save", weights.toString());
        assertEquals(0, train.exit(), train.err());
        Cli run = Cli.run("evaluate", "../samples/iris.nn", "--weights", weights.toString(),
                "../samples/data/iris-test.csv");
        assertEquals(0, run.exit(), run.err());
        assertMatches(shown, run.out().replace("../samples/", "samples/").strip().lines().toList());
    }

    @Test
    void theEarlyStoppingRunInTrainingMdIsTheRealOne() throws Exception {
        List<String> shown = block(Files.readString(Path.of("../docs/training.md")),
                "$ ./nnc train samples/breast_cancer_diagnosis.nn");
        Cli run = Cli.run("train", "../samples/breast_cancer_diagnosis.nn");
        assertEquals(0, run.exit(), run.err());
        assertMatches(shown, run.out().strip().lines().toList());
    }

    /** The lines of the fenced block in {@code doc} that starts with {@code command}, after it. */
    static List<String> block(String doc, String command) {
        Matcher block = Pattern.compile("```\\n" + Pattern.quote(command) + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(block.find(), "no block starting with " + command);
        return block.group(1).lines().toList();
    }

    /** {@code shown} is {@code printed} with runs of lines replaced by "...". */
    static void assertMatches(List<String> shown, List<String> printed) {
        int p = 0;
        boolean skipping = false;
        for (String line : shown) {
            if (line.equals("...")) {
                skipping = true;
                continue;
            }
            while (skipping && p < printed.size() && !printed.get(p).equals(line)) {
                p++;
            }
            assertTrue(p < printed.size(), "the docs show '" + line + "', which nnc does not print here:\n"
                    + String.join("\n", printed));
            assertEquals(printed.get(p), line, "line " + (p + 1) + " of the output; nnc prints:\n"
                    + String.join("\n", printed));
            p++;
            skipping = false;
        }
        assertTrue(skipping || p == printed.size(), "nnc prints more than the docs show:\n" + String.join("\n", printed));
    }
}
