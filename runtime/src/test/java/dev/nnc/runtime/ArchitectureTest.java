package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime depends on nothing but the JDK: generated classes must run with it alone. */
class ArchitectureTest {
    @Test
    void mainSourcesImportOnlyTheJdk() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> offending;
        try (Stream<Path> files = Files.walk(sources)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ArchitectureTest::imports)
                    .filter(line -> !line.matches("import (static )?java\\..*"))
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), offending);
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> l.startsWith("import "))
                    .map(l -> l + " // " + file.getFileName());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
