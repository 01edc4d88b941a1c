package dev.nnc.compiler.fuzz;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnc.compiler.Frontend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Inputs that once broke the compiler (found by {@link FrontEndFuzzTest}) keep meeting its {@link Invariants}. */
class FuzzRegressionsTest {
    private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz");

    @TestFactory
    Stream<DynamicTest> inputsThatOnceFailedNowGiveANetworkOrDiagnostics() throws IOException {
        List<Path> files = List.of();
        try (Stream<Path> list = Files.isDirectory(REGRESSIONS) ? Files.list(REGRESSIONS) : Stream.empty()) {
            files = list.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(),
                () -> Invariants.check(Frontend.read(file))));
    }
}
