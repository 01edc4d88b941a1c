package dev.nnc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ANTLR stays behind the parse package: one public class, no ANTLR type in its API or elsewhere.
 * The phases depend only forwards: parse knows nothing of the checker, and diagnostics know no phase.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path PARSE = MAIN.resolve("dev/nnc/compiler/parse");

    @Test
    void onlyTheParsePackageImportsAntlrOrTheGeneratedParser() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(PARSE))
                    .filter(ArchitectureTest::importsAntlr)
                    .collect(Collectors.toList());
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void theParserDoesNotDependOnTheChecker() throws IOException {
        assertEquals(List.of(), importing(PARSE, "dev.nnc.compiler.check"));
    }

    @Test
    void diagnosticsDependOnNoPhase() throws IOException {
        Path diag = MAIN.resolve("dev/nnc/compiler/diag");
        List<Path> offenders = new ArrayList<>();
        for (String phase : List.of("parse", "ast", "check", "data", "model", "graph", "emit", "load")) {
            offenders.addAll(importing(diag, "dev.nnc.compiler." + phase));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theParsePackageShowsOneClassWithoutAntlrTypes() throws Exception {
        try (Stream<Path> files = Files.list(PARSE)) {
            List<String> publicClasses = files.map(p -> p.getFileName().toString().replace(".java", ""))
                    .filter(name -> isPublic("dev.nnc.compiler.parse." + name))
                    .collect(Collectors.toList());
            assertEquals(List.of("SourceParser"), publicClasses);
        }
        for (Method method : SourceParser.class.getMethods()) {
            assertFalse(method.toGenericString().contains("antlr"), method.toGenericString());
        }
    }

    private static boolean isPublic(String className) {
        try {
            return Modifier.isPublic(Class.forName(className).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The files under {@code dir} that import anything from {@code pkg}. */
    private static List<Path> importing(Path dir, String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("import " + pkg + ".")
                            || read(p).contains("import static " + pkg + "."))
                    .collect(Collectors.toList());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean importsAntlr(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("import org.antlr") || text.contains("import dev.nnc.grammar");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
