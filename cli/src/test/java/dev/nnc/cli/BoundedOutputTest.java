package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However many mistakes a file has, nnc prints a page: at most 100 errors (--max-errors), each
 * source line cut to a window around the caret, then how many more there are; a CSV mistake made on
 * every row is shown three times with a count.
 */
class BoundedOutputTest {
    @TempDir
    Path dir;

    /** A model whose data block is {@code brackets} '[' on one line: one syntax error per bracket. */
    private Path brackets(int brackets) throws Exception {
        return Files.writeString(dir.resolve(String.format("b%06d.nn", brackets)), "network N {\n input i[2]\n layer o[1] sigmoid\n"
                + " loss mse\n data {\n " + "[".repeat(brackets) + "\n }\n}\n");
    }

    @Test
    void manyErrorsGiveBoundedOutputEndingWithTheCount() throws Exception {
        Cli thousand = Cli.run(brackets(1_000).toString());
        Cli hundredThousand = Cli.run(brackets(100_000).toString());
        assertEquals(1, hundredThousand.exit());
        assertEquals(100 * 3 + 2, hundredThousand.err().lines().count(), "100 errors of three lines, then two");
        assertTrue(hundredThousand.err().endsWith("and 99900 more errors (the first 100 are shown; --max-errors N shows "
                + "more, --max-errors 0 all)\n100000 errors\n"), hundredThousand.err());
        assertTrue(hundredThousand.err().length() < 25_000, "bytes: " + hundredThousand.err().length());
        // a hundred times the mistakes, the same output but for the counts' digits ("and 900" / "and 99900")
        assertEquals(thousand.err().length() + 4, hundredThousand.err().length());
    }

    @Test
    void longLinesAreQuotedAroundTheCaret() throws Exception {
        Path model = brackets(100_000);
        List<String> lines = Cli.run(model.toString()).err().lines().toList();
        assertEquals(model + ":6:3: error: expected ']' or a number but found '[' [E001]", lines.get(0));
        assertEquals(" " + "[".repeat(99) + "...", lines.get(1));
        assertEquals("  ^", lines.get(2));
        assertEquals(model + ":6:102: error: expected ']' or a number but found '[' [E001]", lines.get(297));
        assertEquals("..." + "[".repeat(100) + "...", lines.get(298));
        assertEquals(" ".repeat(43) + "^", lines.get(299));
    }

    @Test
    void maxErrorsSetsTheLimitAndZeroShowsAll() throws Exception {
        Path model = brackets(500);
        Cli five = Cli.run("generate", "--max-errors", "5", model.toString());
        assertEquals(5 * 3 + 2, five.err().lines().count(), five.err());
        assertTrue(five.err().contains("and 495 more errors (the first 5 are shown;"), five.err());
        Cli all = Cli.run("train", "--max-errors", "0", model.toString());
        assertEquals(500 * 3 + 1, all.err().lines().count());
        assertEquals(2, Cli.run("check", "--max-errors", "-1", model.toString()).exit());
        assertEquals(2, Cli.run("--max-errors", "many", model.toString()).exit());
    }

    @Test
    void theSameCsvMistakeOnEveryRowIsShownThreeTimesWithACount() throws Exception {
        Path model = Files.writeString(dir.resolve("m.nn"), "network M {\n input x[2]\n layer y[1] sigmoid\n"
                + " loss mse\n data \"rows.csv\"\n}\n");
        Files.writeString(dir.resolve("rows.csv"), "x1;x2;y\n" + "0.5;1.5;1\n".repeat(150));
        Cli run = Cli.run("train", model.toString());
        assertEquals(1, run.exit());
        String csv = dir.resolve("rows.csv").toString();
        String error = ": error: expected numbers separated by ',' but this row separates them with ';'; nnc reads "
                + "comma-separated values [E032]\n0.5;1.5;1\n   ^\n";
        assertEquals(csv + ":2:4" + error + csv + ":3:4" + error + csv + ":4:4" + error
                + csv + ": note: and 147 more rows with the same problem (lines 5 to 151)\n3 errors\n", run.err());
    }

    @Test
    void predictInputWithSemicolonsSaysSoAtTheFirstRow() throws Exception {
        Path weights = dir.resolve("w.json");
        assertEquals(0, Cli.run("train", "-q", "../samples/xor.nn", "--save", weights.toString()).exit());
        Path rows = Files.writeString(dir.resolve("rows.csv"), "0;1\n");
        Cli run = Cli.run("predict", "../samples/xor.nn", "--weights", weights.toString(), rows.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(rows + ":1:2: error: expected numbers separated by ',' but this row "
                + "separates them with ';'"), run.err());
    }
}
