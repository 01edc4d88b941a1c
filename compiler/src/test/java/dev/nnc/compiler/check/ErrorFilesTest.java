package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnc.compiler.Checked;
import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.Severity;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file in {@code errors/}: the diagnostics must be exactly those of its comment lines
 * {@code // expect: LINE:COL error: SUBSTRING [E0xx]} (or {@code warning: ... [W0xx]}); a
 * diagnostic in a CSV file the model reads is expected as {@code // expect: data/x.csv:LINE:COL ...}.
 */
class ErrorFilesTest {
    private static final Path ERRORS = Path.of("src/test/resources/errors");
    private static final Pattern EXPECT =
            Pattern.compile("//\\s*expect:\\s*(?:([\\w./-]+):)?(\\d+):(\\d+)\\s+(error|warning):\\s*(.*?)\\s*"
                    + "\\[([EW]\\d{3})]\\s*$");
    /**
     * Codes the front end never reports on a file: E033 guards the data loader (DataLoaderTest covers
     * it); E036 comes from the commands that need training data (TrainingDataTest and the command
     * line's tests); E040 is about a file that cannot be read at all (SourceReaderTest); E065-E068 are
     * about nnc sweep's command line (SweepCommandTest, SweepDocsTest).
     */
    private static final Set<Code> LOADER_CODES = EnumSet.of(Code.EMPTY_DATA_SET, Code.NO_TRAINING_DATA,
            Code.MODEL_FILE_UNREADABLE, Code.UNKNOWN_SWEEP_SETTING, Code.BAD_SWEEP_VALUES, Code.NO_SWEEP_VALIDATION,
            Code.BAD_FOLDS);

    /** {@code file} is empty for the .nn file itself, else the path of a CSV file relative to it. */
    private record Expectation(String file, int line, int column, Severity severity, String text, String code) {
        boolean matches(Diagnostic d, Path nnFile) {
            Path expectedFile = file.isEmpty() ? nnFile : nnFile.resolveSibling(file).normalize();
            return Path.of(d.span().file()).normalize().equals(expectedFile) && d.span().line() == line
                    && d.span().column() == column && d.severity() == severity && d.code().equals(code)
                    && d.message().contains(text);
        }

        @Override
        public String toString() {
            return (file.isEmpty() ? "" : file + ":") + line + ":" + column + " " + severity.label() + ": " + text
                    + " [" + code + "]";
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFileReportsExactlyWhatItExpects() throws IOException {
        return files().stream().map(file -> dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    @Test
    void thereAreEnoughCasesAndEveryCodeHasOne() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() >= 20, "only " + files.size() + " error files");
        Set<String> used = new java.util.HashSet<>();
        for (Path file : files) {
            expectations(file).forEach(e -> used.add(e.code()));
        }
        List<String> missing = Stream.of(Code.values()).filter(c -> !LOADER_CODES.contains(c))
                .map(Code::id).filter(id -> !used.contains(id)).collect(Collectors.toList());
        assertEquals(List.of(), missing, "codes without an error file");
    }

    private static void run(Path file) throws IOException {
        List<Expectation> expected = expectations(file);
        assertTrue(!expected.isEmpty(), "no // expect: lines in " + file);
        Result<SourceFile> read = SourceReader.read(file);
        List<Diagnostic> reported = read.hasErrors() ? read.diagnostics() : Checked.diagnostics(read.value().orElseThrow());
        List<Diagnostic> unmatched = new ArrayList<>(reported);
        List<Expectation> missing = new ArrayList<>();
        for (Expectation expectation : expected) {
            Diagnostic found = unmatched.stream().filter(d -> expectation.matches(d, file)).findFirst().orElse(null);
            if (found == null) {
                missing.add(expectation);
            } else {
                unmatched.remove(found);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail("in " + file + "\nexpected but not reported:\n  " + join(missing) + "\nreported but not expected:\n  "
                    + unmatched.stream().map(Diagnostic::render).collect(Collectors.joining("  ")));
        }
        boolean errors = expected.stream().anyMatch(e -> e.severity() == Severity.ERROR);
        assertEquals(errors, reported.stream().anyMatch(Diagnostic::isError), "errors exactly when expected");
    }

    private static List<Expectation> expectations(Path file) throws IOException {
        List<Expectation> expected = new ArrayList<>();
        // Latin-1 reads any byte: a file that is not UTF-8 (E041) has its expectations in ASCII
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher m = EXPECT.matcher(line.trim());
            if (m.find()) {
                Severity severity = m.group(4).equals("error") ? Severity.ERROR : Severity.WARNING;
                expected.add(new Expectation(m.group(1) == null ? "" : m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), severity, m.group(5), m.group(6)));
            }
        }
        return expected;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(ERRORS)) {
            return list.filter(p -> p.toString().endsWith(".nn")).sorted().collect(Collectors.toList());
        }
    }

    private static String join(List<Expectation> expectations) {
        return expectations.stream().map(Expectation::toString).collect(Collectors.joining("\n  "));
    }
}
