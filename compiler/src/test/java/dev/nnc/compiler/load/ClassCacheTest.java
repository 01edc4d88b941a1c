package dev.nnc.compiler.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.runtime.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-class cache: what changes its key, what it does with damaged entries and concurrent writers. */
class ClassCacheTest {
    private static final String MODEL = "// a comment\nnetwork Small {\n input x[2]\n layer h[3] tanh\n"
            + " layer y[1] sigmoid\n loss bce\n weights init xavier seed = 4\n optimizer adam(rate = %s)\n"
            + " train epochs = %d batch = %d\n data {\n  [0, 1] -> [1]\n  [1, 0] -> [0]\n }\n}\n";

    @TempDir
    Path dir;

    private static CompiledNetwork compile(String text) {
        var result = NncCompiler.compile(new SourceFile("small.nn", Path.of("small.nn"), text), "");
        return result.value().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
    }

    private static String key(String text) {
        CompiledNetwork network = compile(text);
        return CacheKey.of(network.className(), network.javaFile().toString()).name();
    }

    private Class<?> load(ClassCache cache, String text) {
        CompiledNetwork network = compile(text);
        return cache.load(network.className(), network.javaFile().toString());
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void rateEpochsBatchAndCommentsKeepTheKeyAndStructureOrSeedChangeIt() {
        String base = key(String.format(MODEL, "0.01", 10, 1));
        assertEquals(base, key(String.format(MODEL, "0.5", 10, 1)), "rate is a field the commands set");
        assertEquals(base, key(String.format(MODEL, "0.01", 99, 4)), "epochs and batch are not in the class");
        assertEquals(base, key("\n// moved down a line\n" + String.format(MODEL, "0.01", 10, 1)));
        assertNotEquals(base, key(String.format(MODEL, "0.01", 10, 1).replace("h[3]", "h[4]")));
        assertNotEquals(base, key(String.format(MODEL, "0.01", 10, 1).replace("tanh", "relu")));
        assertNotEquals(base, key(String.format(MODEL, "0.01", 10, 1).replace("seed = 4", "seed = 5")),
                "initial weights are baked into the class");
        assertNotEquals(base, key(String.format(MODEL, "0.01", 10, 1).replace("adam", "sgd")));
    }

    @Test
    void theCanonicalSourceDropsOnlyCommentsAndTheRatesValue() {
        String source = compile(String.format(MODEL, "0.25", 10, 1)).javaFile().toString();
        String canonical = CacheKey.canonical(source);
        assertTrue(source.contains("private double rate = 0.25;"), source);
        assertTrue(canonical.contains("private double rate;\n"), canonical);
        assertTrue(!canonical.contains("//") && !canonical.contains("/**"), canonical);
        assertEquals(source.lines().filter(l -> !l.strip().startsWith("//") && !l.strip().startsWith("/*")
                && !l.strip().startsWith("*")).count(), canonical.lines().count());
    }

    @Test
    void aSecondLoadAtAnotherRateComesFromTheCacheAndBehavesTheSame() throws Exception {
        ClassCache cache = ClassCache.in(dir);
        Class<?> first = load(cache, String.format(MODEL, "0.01", 10, 1));
        List<Path> stored = entries();
        assertEquals(1, stored.size());
        long written = Files.getLastModifiedTime(stored.get(0)).toMillis();
        Class<?> second = load(cache, String.format(MODEL, "0.3", 10, 1));
        assertSame(first, second, "the cached bytes are those of the class this process defined already");
        assertEquals(stored, entries());
        assertEquals(written, Files.getLastModifiedTime(stored.get(0)).toMillis(), "a hit does not rewrite the entry");
        Network a = InMemoryCompiler.newInstance(first);
        Network b = InMemoryCompiler.newInstance(second);
        a.setRate(0.3);
        b.setRate(0.3);
        double[] x = {0.2, 0.9};
        double[] t = {1};
        for (int i = 0; i < 5; i++) {
            assertEquals(a.train(x, t), b.train(x, t));
        }
        assertArrayEquals(a.parameters(), b.parameters());
    }

    @Test
    void aChangedStructureIsANewEntry() throws Exception {
        ClassCache cache = ClassCache.in(dir);
        load(cache, String.format(MODEL, "0.01", 10, 1));
        Class<?> wider = load(cache, String.format(MODEL, "0.01", 10, 1).replace("h[3]", "h[5]"));
        assertEquals(2, entries().size());
        assertEquals(2 * 5 + 5 + 5 + 1, InMemoryCompiler.newInstance(wider).parameters().length);
        assertEquals(new ClassCache.Usage(2, Files.size(entries().get(0)) + Files.size(entries().get(1))),
                cache.usage());
        assertEquals(2, cache.clean());
        assertEquals(List.of(), entries());
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        ClassCache cache = ClassCache.in(dir);
        String text = String.format(MODEL, "0.01", 10, 1);
        load(cache, text);
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        List<byte[]> damaged = new ArrayList<>();
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        damaged.add(flipped);
        damaged.add(java.util.Arrays.copyOf(good, good.length - 7));
        damaged.add(new byte[0]);
        damaged.add("not an entry".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] bytes : damaged) {
            Files.write(entry, bytes);
            Network net = InMemoryCompiler.newInstance(load(cache, text));
            assertEquals(2, net.inputCount());
            assertArrayEquals(good, Files.readAllBytes(entry), "the entry is written anew");
        }
        Files.delete(entry);
        Files.createDirectory(entry);
        assertEquals(2, InMemoryCompiler.newInstance(load(cache, text)).inputCount(), "an unreadable entry is skipped");
    }

    @Test
    void anEntryUnderTheWrongKeyIsNotTrusted() throws Exception {
        ClassCache cache = ClassCache.in(dir);
        load(cache, String.format(MODEL, "0.01", 10, 1));
        Path small = entries().get(0);
        String wide = String.format(MODEL, "0.01", 10, 1).replace("h[3]", "h[6]");
        Path misplaced = dir.resolve(key(wide) + ClassCache.ENTRY);
        Files.copy(small, misplaced);
        assertEquals(2 * 6 + 6 + 6 + 1, InMemoryCompiler.newInstance(load(cache, wide)).parameters().length);
    }

    @Test
    void concurrentWritersLeaveOneValidEntry() throws Exception {
        CompiledNetwork network = compile(String.format(MODEL, "0.01", 10, 1));
        String source = network.javaFile().toString();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Class<?>>> loads = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Class<?>> job = () -> {
                    start.await();
                    return ClassCache.in(dir).load(network.className(), source);
                };
                loads.add(pool.submit(job));
            }
            start.countDown();
            for (Future<Class<?>> load : loads) {
                assertEquals(2, InMemoryCompiler.newInstance(load.get()).inputCount());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Path> files = entries();
        assertEquals(1, files.size(), files.toString());
        CacheKey key = CacheKey.of(network.className(), source);
        assertEquals(dir.resolve(key.name() + ClassCache.ENTRY), files.get(0));
        assertTrue(CacheEntry.read(key, Files.readAllBytes(files.get(0))).isPresent());
    }

    @Test
    void withoutACacheNothingIsWritten() throws Exception {
        Class<?> type = load(ClassCache.none(), String.format(MODEL, "0.01", 10, 1));
        assertEquals(1, InMemoryCompiler.newInstance(type).outputCount());
        assertEquals(List.of(), entries());
        assertEquals(new ClassCache.Usage(0, 0), ClassCache.none().usage());
    }

    @Test
    void aNetworkStoredByItsTextIsFoundAgainWithoutGeneratingItsSource() throws Exception {
        String text = String.format(MODEL, "0.01", 10, 1);
        Path classes = dir.resolve("classes");
        ClassCache cache = ClassCache.in(classes, "compiler 1");
        CompiledNetwork first = compile(text);
        ClassCache.Loaded compiled = cache.get(first.className(), () -> first.javaFile().toString(), first.cacheText());
        assertFalse(compiled.cached());
        assertEquals(1, files(classes).size(), "one entry per network in the cache's folder");
        assertEquals(1, files(dir.resolve("classes-by-text")).size(), "and one by its text beside it");

        CompiledNetwork again = compile(text);
        ClassCache.Loaded found = cache.get(again.className(), () -> {
            throw new AssertionError("the source was generated");
        }, again.cacheText());
        assertTrue(found.cached());
        Network net = InMemoryCompiler.newInstance(found.type());
        Network fresh = InMemoryCompiler.newInstance(compiled.type());
        assertArrayEquals(fresh.parameters(), net.parameters(), 0.0, "the same class, the file's initial weights");

        CompiledNetwork edited = compile(text.replace("layer h[3]", "layer h[4]"));
        int[] generated = {0};
        ClassCache.Loaded other = cache.get(edited.className(), () -> {
            generated[0]++;
            return edited.javaFile().toString();
        }, edited.cacheText());
        assertEquals(1, generated[0], "another text, another class");
        assertEquals(4 * 2 + 4 + 4 + 1, InMemoryCompiler.newInstance(other.type()).parameters().length);

        int[] byNewCompiler = {0};
        ClassCache.in(classes, "compiler 2").get(again.className(), () -> {
            byNewCompiler[0]++;
            return again.javaFile().toString();
        }, again.cacheText());
        assertEquals(1, byNewCompiler[0], "another compiler never trusts the text entries of this one");
        assertTrue(ClassCache.in(classes).get(again.className(), () -> again.javaFile().toString(),
                again.cacheText()).cached(), "a compiler in a folder of classes finds the class by its source");
    }
}
