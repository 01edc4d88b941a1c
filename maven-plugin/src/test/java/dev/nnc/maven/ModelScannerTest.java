package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelScannerTest {
    @TempDir
    Path dir;

    @Test
    void findsModelsInPathOrderWhateverTheCreationOrder() throws IOException {
        for (String name : List.of("z.nn", "b/y.nn", "a.nn", "b/a/x.nn", "notes.txt", ".git/hidden.nn")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "");
        }
        List<ModelFile> found = ModelScanner.scan(dir, List.of("**/*.nn"), List.of());
        assertEquals(List.of("a.nn", "b/a/x.nn", "b/y.nn", "z.nn"), found.stream().map(ModelFile::relativePath).toList());
        assertEquals(dir.resolve("b/a/x.nn"), found.get(1).path());
        assertEquals("b/a", found.get(1).folder());
        assertEquals("", found.get(0).folder());
    }

    @Test
    void includesAndExcludesArePatternsUnderTheFolder() throws IOException {
        for (String name : List.of("top.nn", "sub/deep.nn", "sub/skip.nn")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "");
        }
        assertEquals(List.of("top.nn"), ModelScanner.scan(dir, List.of("*.nn"), List.of()).stream()
                .map(ModelFile::relativePath).toList());
        assertEquals(List.of("sub/deep.nn", "top.nn"), ModelScanner.scan(dir, List.of("**/*.nn"), List.of("**/skip.nn"))
                .stream().map(ModelFile::relativePath).toList());
    }

    @Test
    void aMissingFolderHasNoModels() {
        assertEquals(List.of(), ModelScanner.scan(dir.resolve("absent"), List.of("**/*.nn"), List.of()));
    }
}
