package dev.nnc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnc.compiler.Checked;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/errors.md tells the truth: every code is in its table with its description and has a
 * section, and every example "gives" exactly what nnc prints for it (as {@code model.nn}, with the
 * CSV files the example shows beside it, in a folder shown as /home/ada/models).
 */
class ErrorsDocTest {
    private static final Path DOC = Path.of("../docs/errors.md");
    private static final Pattern BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern FILE = Pattern.compile("with `([^`]+)`:\\s*$");

    /** Codes no text of a model can give: their sections show the output in prose, checked elsewhere. */
    private static final List<String> NOT_FROM_TEXT = List.of(Code.EMPTY_DATA_SET.id(), Code.NO_TRAINING_DATA.id(),
            Code.MODEL_FILE_UNREADABLE.id(), Code.NOT_UTF8.id(), Code.UNKNOWN_SWEEP_SETTING.id(),
            Code.BAD_SWEEP_VALUES.id(), Code.NO_SWEEP_VALIDATION.id(), Code.BAD_FOLDS.id());

    @TempDir
    Path dir;

    @Test
    void everyCodeIsInTheTableWithItsDescriptionAndHasASection() throws IOException {
        String doc = Files.readString(DOC);
        for (Code code : Code.values()) {
            String id = code.id();
            String row = "| [" + id + "](#" + id.toLowerCase(Locale.ROOT) + ") | " + code.description() + " |";
            assertTrue(doc.contains(row), "the table has the row " + row);
            assertTrue(doc.contains("\n## " + id + "\n"), "section of " + id);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesWhatItSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> section : sections(Files.readString(DOC)).entrySet()) {
            String model = null;
            Map<String, String> files = new LinkedHashMap<>();
            int example = 0;
            Matcher block = BLOCK.matcher(section.getValue());
            int end = 0;
            while (block.find()) {
                String prose = section.getValue().substring(end, block.start()).trim();
                end = block.end();
                Matcher file = FILE.matcher(prose);
                if (prose.endsWith("gives") && model != null) {
                    String input = model;
                    Map<String, String> csv = Map.copyOf(files);
                    String expected = block.group(1);
                    tests.add(dynamicTest(section.getKey() + " example " + ++example,
                            () -> assertEquals(expected, run(input, csv))));
                    model = null;
                    files.clear();
                } else if (file.find()) {
                    files.put(file.group(1), block.group(1));
                } else {
                    model = expand(block.group(1));
                }
            }
        }
        List<String> without = Stream.of(Code.values()).map(Code::id)
                .filter(id -> !NOT_FROM_TEXT.contains(id))
                .filter(id -> tests.stream().noneMatch(t -> t.getDisplayName().startsWith(id + " ")))
                .collect(Collectors.toList());
        assertEquals(List.of(), without, "codes without an example (E033 cannot be reached from a file; E036 comes from the commands that train,"
                + " tested in the command line's tests; E040 and E041 are about the file's bytes, tested by SourceReaderTest)");
        return tests.stream();
    }

    /**
     * {@code model} with every line {@code ...} replaced by the lines it stands for: those between
     * the line above and the line below, which differ only in a number ({@code layer h2[1]},
     * {@code ...}, {@code layer h1001[1]}), counted up. Examples too long to print are shown so.
     */
    static String expand(String model) {
        List<String> lines = new ArrayList<>(List.of(model.split("\n", -1)));
        Pattern numbered = Pattern.compile("(\\D*)(\\d+)(.*)");
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (!lines.get(i).trim().equals("...")) {
                continue;
            }
            Matcher above = numbered.matcher(lines.get(i - 1));
            Matcher below = numbered.matcher(lines.get(i + 1));
            assertTrue(above.matches() && below.matches() && above.group(1).equals(below.group(1))
                    && above.group(3).equals(below.group(3)), "'...' between lines that differ in one number");
            List<String> between = new ArrayList<>();
            for (long n = Long.parseLong(above.group(2)) + 1; n < Long.parseLong(below.group(2)); n++) {
                between.add(above.group(1) + n + above.group(3));
            }
            lines.remove(i);
            lines.addAll(i, between);
            i += between.size();
        }
        return String.join("\n", lines);
    }

    @Test
    void anEllipsisStandsForTheNumberedLinesBetween() {
        assertEquals("a\n  x2 y\n  x3 y\n  x4 y\n  x5 y\nb", expand("a\n  x2 y\n  ...\n  x5 y\nb"));
        assertEquals("no ellipsis\n", expand("no ellipsis\n"));
    }

    /** What nnc prints for {@code model}, with {@code files} beside it. */
    private String run(String model, Map<String, String> files) throws IOException {
        Path folder = Files.createTempDirectory(dir, "models");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Path path = folder.resolve("model.nn");
        Files.writeString(path, model);
        SourceFile source = new SourceFile("model.nn", path, model);
        return Checked.diagnostics(source).stream().map(Diagnostic::render).collect(Collectors.joining())
                .replace(folder.toAbsolutePath().toString(), "/home/ada/models");
    }

    /** The text of every "## CODE" section, by code. */
    private static Map<String, String> sections(String doc) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = Pattern.compile("\\n## ([EW]\\d{3})\\n").matcher(doc);
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        while (heading.find()) {
            starts.add(new int[] {heading.start(), heading.end()});
            codes.add(heading.group(1));
        }
        for (int i = 0; i < codes.size(); i++) {
            int to = i + 1 < codes.size() ? starts.get(i + 1)[0] : doc.length();
            sections.put(codes.get(i), doc.substring(starts.get(i)[1], to));
        }
        return sections;
    }
}
