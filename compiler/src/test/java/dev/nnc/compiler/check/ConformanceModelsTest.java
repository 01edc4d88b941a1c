package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every shared conformance model, and every sample of the repository, checks without errors. */
class ConformanceModelsTest {
    private static final Path CONFORMANCE = Path.of("../../shared/conformance/models");
    private static final Path REPOSITORY_SAMPLES = Path.of("../samples");

    @TestFactory
    Stream<DynamicTest> conformanceModelsCheckWithoutDiagnostics() throws IOException {
        assumeTrue(Files.isDirectory(CONFORMANCE), "no shared conformance models here");
        List<Path> models = list(CONFORMANCE);
        assertFalse(models.isEmpty());
        return models.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> withoutErrors(file)));
    }

    @TestFactory
    Stream<DynamicTest> repositorySamplesCheckWithoutErrors() throws IOException {
        assumeTrue(Files.isDirectory(REPOSITORY_SAMPLES), "no samples folder");
        return list(REPOSITORY_SAMPLES).stream().map(file -> dynamicTest(file.getFileName().toString(),
                () -> withoutErrors(file)));
    }

    /** Some generated conformance models put a shared bias on a softmax output: a warning (W006), no error. */
    private static void withoutErrors(Path file) throws IOException {
        Result<Network> result = Frontend.analyze(Frontend.read(file));
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::render).collect(Collectors.toList()));
        assertTrue(result.value().isPresent());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".nn")).sorted().collect(Collectors.toList());
        }
    }
}
