package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.maven.FingerprintStore.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTrips() throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        entries.put("com/example/mazur.nn", new Entry("abc", List.of(), List.of(dir.resolve("out/Mazur.java"))));
        entries.put("iris model.nn", new Entry("def", List.of(dir.resolve("data/iris=1.csv"), dir.resolve("t:2.csv")),
                List.of(dir.resolve("out/Iris.java"), dir.resolve("tests/IrisGeneratedTest.java"))));
        entries.put("broken.nn", new Entry("", List.of(), List.of()));
        Path file = dir.resolve("state.properties");
        Files.writeString(file, FingerprintStore.format(entries));
        assertEquals(entries, FingerprintStore.load(file));
    }

    @Test
    void theTextIsSortedAndUndatedSoEqualStoresAreEqualBytes() {
        Map<String, Entry> forwards = new LinkedHashMap<>();
        Map<String, Entry> backwards = new LinkedHashMap<>();
        List<String> models = List.of("a.nn", "b/c.nn", "d.nn");
        for (String model : models) {
            forwards.put(model, new Entry(model.hashCode() + "", List.of(), List.of(Path.of("/o/" + model))));
        }
        for (String model : List.of("d.nn", "b/c.nn", "a.nn")) {
            backwards.put(model, forwards.get(model));
        }
        String text = FingerprintStore.format(forwards);
        assertEquals(text, FingerprintStore.format(backwards));
        assertFalse(text.matches("(?s).*\\d\\d:\\d\\d:\\d\\d.*"), text);
        List<String> lines = text.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(lines.stream().sorted().toList(), lines);
    }

    @Test
    void aMissingOrDamagedStoreIsEmpty() throws IOException {
        assertTrue(FingerprintStore.load(dir.resolve("absent")).isEmpty());
        Path damaged = dir.resolve("damaged.properties");
        Files.writeString(damaged, "a.nn.fingerprint=\\u12");
        assertTrue(FingerprintStore.load(damaged).isEmpty());
    }
}
