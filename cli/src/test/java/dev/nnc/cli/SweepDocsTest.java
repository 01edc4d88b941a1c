package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md's sections on nnc sweep (E065-E068, command-line errors) show what nnc prints: each
 * {@code `nnc sweep ...` prints} is run from the repository's root and compared with the block after it.
 */
class SweepDocsTest {
    private static final Pattern EXAMPLE = Pattern.compile("`(nnc sweep [^`]+)` prints[^`]*?```\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void theSweepErrorExamplesAreWhatNncPrints() throws Exception {
        String doc = Files.readString(Path.of("../docs/errors.md"));
        String sweep = doc.substring(doc.indexOf("\n## E065\n"), doc.indexOf("\n## E070\n"));
        Matcher example = EXAMPLE.matcher(sweep);
        int examples = 0;
        while (example.find()) {
            String[] args = example.group(1).substring("nnc ".length()).replace("samples/", "../samples/").split(" ");
            Cli run = Cli.run(args);
            assertEquals(1, run.exit(), example.group(1));
            assertEquals(example.group(2), run.err().replace("../samples/", "samples/"), example.group(1));
            assertEquals("", run.out());
            examples++;
        }
        assertEquals(4, examples, "one example for each of E065-E068");
        assertTrue(sweep.contains("samples/iris.nn:4:13: error: the size of layer 'h' must be at least 1, not 0 [E018]"));
    }

    @Test
    void theSweepInCliMdIsTheRealOne() throws Exception {
        String command = "$ ./nnc sweep samples/iris.nn --grid rate=0.001,0.01,0.1 --grid h=4,8 --folds 5";
        List<String> shown = DocsOutputTest.block(Files.readString(Path.of("../docs/cli.md")), command);
        Cli run = Cli.run("sweep", "../samples/iris.nn", "--grid", "rate=0.001,0.01,0.1", "--grid", "h=4,8", "--folds", "5");
        assertEquals(0, run.exit(), run.err());
        assertEquals(shown, run.out().strip().lines().toList());
    }
}
