package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands load generated classes through the class cache; {@code --no-cache}, {@code nnc cache [clean]}. */
class ClassCacheCommandsTest {
    private static final String MODEL = "network Blobs {\n input x[2]\n layer h[%d] tanh\n layer y[1] sigmoid\n"
            + " loss bce\n weights init xavier seed = 2\n optimizer adam(rate = 0.05)\n train epochs = 30 batch = 2\n"
            + " data {\n  [0, 0] -> [0]\n  [0, 1] -> [1]\n  [1, 0] -> [1]\n  [1, 1] -> [0]\n }\n}\n";

    @TempDir
    Path dir;

    private Path cache;
    private String saved;

    @BeforeEach
    void useATemporaryCache() {
        saved = System.getProperty("nnc.cache.dir");
        cache = dir.resolve("cache");
        System.setProperty("nnc.cache.dir", cache.toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (saved == null) {
            System.clearProperty("nnc.cache.dir");
        } else {
            System.setProperty("nnc.cache.dir", saved);
        }
    }

    private List<Path> entries() throws Exception {
        Path classes = cache.resolve("classes");
        if (!Files.isDirectory(classes)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(classes)) {
            return files.sorted().toList();
        }
    }

    private Path model(int hidden) throws Exception {
        Path file = dir.resolve("blobs" + hidden + ".nn");
        Files.writeString(file, String.format(MODEL, hidden));
        return file;
    }

    private static String ok(String... args) {
        Cli run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    @Test
    void anotherRateHitsTheCacheAndTrainsExactlyAsWithoutIt() throws Exception {
        String file = model(4).toString();
        String first = ok("train", file, "--json", "--rate", "0.05");
        assertEquals(1, entries().size());
        Path entry = entries().get(0);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(entry, written);
        String cached = ok("train", file, "--json", "--rate", "0.2", "--epochs", "50");
        assertEquals(List.of(entry), entries());
        assertEquals(written, Files.getLastModifiedTime(entry), "a hit leaves the entry as it was");
        assertEquals(ok("train", file, "--json", "--rate", "0.2", "--epochs", "50", "--no-cache"), cached);
        assertNotEquals(first, cached);
        assertEquals(first, ok("train", file, "--json", "--rate", "0.05"));
    }

    @Test
    void aHitAtTheFilesOwnRateUsesThatRateNotTheCachedClasssOne() throws Exception {
        Path file = model(4);
        ok("train", file.toString(), "--json", "--rate", "0.3");
        String fromCache = ok("train", file.toString(), "--json");
        assertEquals(ok("train", file.toString(), "--json", "--no-cache"), fromCache);
        assertEquals(1, entries().size());
    }

    @Test
    void aChangedStructureMisses() throws Exception {
        ok("train", model(4).toString(), "--quiet");
        ok("train", model(5).toString(), "--quiet");
        assertEquals(2, entries().size());
    }

    @Test
    void aDamagedEntryIsRecompiledAndReplaced() throws Exception {
        String file = model(3).toString();
        String good = ok("train", file, "--json");
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path byText;
        try (Stream<Path> files = Files.list(cache.resolve("classes-by-text"))) {
            byText = files.findFirst().orElseThrow();
        }
        byte[] textBytes = Files.readAllBytes(byText);
        Files.write(byText, java.util.Arrays.copyOf(textBytes, textBytes.length / 2));
        assertEquals(good, ok("train", file, "--json"));
        assertArrayEquals(bytes, Files.readAllBytes(entry));
        assertArrayEquals(textBytes, Files.readAllBytes(byText));
    }

    @Test
    void everyCommandThatRunsTheClassSharesTheEntry() throws Exception {
        String file = model(4).toString();
        ok("check", file);
        assertEquals(1, entries().size());
        Path entry = entries().get(0);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000));
        ok("explain", file, "-o", dir.resolve("blobs.md").toString());
        ok("bench", file, "--rounds", "1", "--seconds", "0.02");
        Path weights = dir.resolve("blobs.weights");
        ok("train", file, "--quiet", "--save", weights.toString());
        Path inputs = dir.resolve("inputs.csv");
        Files.writeString(inputs, "a,b\n0,1\n1,1\n");
        ok("predict", file, "--weights", weights.toString(), inputs.toString());
        assertEquals(List.of(entry), entries());
        assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(entry));
    }

    @Test
    void noCacheNeitherReadsNorWrites() throws Exception {
        ok("check", model(4).toString(), "--no-cache");
        ok("train", model(4).toString(), "--no-cache", "--quiet");
        assertEquals(List.of(), entries());
    }

    @Test
    void cacheShowsWhereAndHowMuchAndCleanEmptiesIt() throws Exception {
        assertEquals(cache.resolve("classes") + ": 0 compiled networks, 0 bytes\n", ok("cache"));
        ok("train", model(4).toString(), "--quiet");
        ok("train", model(6).toString(), "--quiet");
        long size = Files.size(entries().get(0)) + Files.size(entries().get(1));
        assertTrue(ok("cache").startsWith(cache.resolve("classes") + ": 2 compiled networks, "), ok("cache"));
        assertTrue(size > 1024, "two classes of a few KB each");
        assertEquals(cache.resolve("classes") + ": deleted 2 compiled networks\n", ok("cache", "clean"));
        assertEquals(List.of(), entries());
    }
}
