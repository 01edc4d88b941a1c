package dev.nnc.compiler.load;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiled generated classes kept in a folder, so that running the same network again (at any
 * learning rate, for any number of epochs) skips javac. Entries are named by their {@link CacheKey},
 * written to a temporary file and moved into place atomically (concurrent runs each write a whole
 * entry, and the last move wins), and checked on reading: a damaged or unreadable entry, or one
 * whose classes the JVM rejects, is compiled again and replaced. Failing to write (a read-only or
 * full disk) only costs the next run the compilation.
 */
public final class ClassCache {
    /** The ending of entry files; anything else in the folder (temporary files) is not an entry. */
    public static final String ENTRY = ".classes";

    private final Optional<Path> folder;
    /** What identifies the compiler for entries keyed by a network's text; empty: keyed by source only. */
    private final Optional<String> compiler;

    private ClassCache(Optional<Path> folder, Optional<String> compiler) {
        this.folder = folder;
        this.compiler = compiler;
    }

    /** A cache keeping its entries in {@code folder} (created when first written). */
    public static ClassCache in(Path folder) {
        return new ClassCache(Optional.of(folder), CacheKey.compilerIdentity());
    }

    /** As {@link #in(Path)}, with {@code compiler} as the compiler's identity (tests, whose compiler is no jar). */
    static ClassCache in(Path folder, String compiler) {
        return new ClassCache(Optional.of(folder), Optional.of(compiler));
    }

    /** No cache: every class is compiled by javac. */
    public static ClassCache none() {
        return new ClassCache(Optional.empty(), Optional.empty());
    }

    /**
     * The class {@code qualifiedName} generated for a network whose {@code cacheText} is given (see
     * {@link dev.nnc.compiler.CompiledNetwork#cacheText()}): found by that text without calling
     * {@code source} when this compiler stored it before; else as {@link #get(String, String)}, and then
     * stored under that text too, for the next run.
     */
    public Loaded get(String qualifiedName, java.util.function.Supplier<String> source, Optional<String> cacheText) {
        if (folder.isEmpty()) {
            return new Loaded(InMemoryCompiler.compile(qualifiedName, source.get()), false);
        }
        Optional<CacheKey> byText = compiler.flatMap(id -> cacheText.map(text -> CacheKey.ofModel(qualifiedName, text, id)));
        Optional<Class<?>> found = byText.flatMap(key -> read(textEntry(key), key))
                .flatMap(bytecode -> define(bytecode, qualifiedName));
        if (found.isPresent()) {
            return new Loaded(found.get(), true);
        }
        Compiled compiled = compiled(qualifiedName, source.get());
        byText.ifPresent(key -> store(textEntry(key), CacheEntry.write(key, compiled.bytecode())));
        return compiled.loaded();
    }

    /** The class {@code qualifiedName} compiled from {@code source}: from the cache when it holds it, else by javac. */
    public Class<?> load(String qualifiedName, String source) {
        return get(qualifiedName, source).type();
    }

    /** As {@link #load}, saying whether the class came from the cache. */
    public Loaded get(String qualifiedName, String source) {
        if (folder.isEmpty()) {
            return new Loaded(InMemoryCompiler.compile(qualifiedName, source), false);
        }
        return compiled(qualifiedName, source).loaded();
    }

    /** A class loaded from the cache or compiled (and stored), with its bytecode. */
    private record Compiled(Loaded loaded, Map<String, byte[]> bytecode) {
    }

    private Compiled compiled(String qualifiedName, String source) {
        CacheKey key = CacheKey.of(qualifiedName, source);
        Path entry = entry(key);
        Optional<Map<String, byte[]>> stored = read(entry, key);
        Optional<Class<?>> cached = stored.flatMap(bytecode -> define(bytecode, qualifiedName));
        if (cached.isPresent()) {
            return new Compiled(new Loaded(cached.get(), true), stored.get());
        }
        Map<String, byte[]> bytecode = InMemoryCompiler.bytecode(Map.of(qualifiedName, source));
        Class<?> type = DefinedClasses.define(bytecode, qualifiedName);
        store(entry, CacheEntry.write(key, bytecode));
        return new Compiled(new Loaded(type, false), bytecode);
    }

    private Path entry(CacheKey key) {
        return folder.orElseThrow().resolve(key.name() + ENTRY);
    }

    /**
     * Where the entries keyed by a network's text go: a folder beside the cache's ({@code classes-by-text}
     * beside {@code classes}), so that the cache's own folder holds one entry per compiled network.
     */
    private Optional<Path> textFolder() {
        return folder.map(f -> f.resolveSibling(f.getFileName() + "-by-text"));
    }

    private Path textEntry(CacheKey key) {
        return textFolder().orElseThrow().resolve(key.name() + ENTRY);
    }

    /** A loaded class, and whether it came from the cache (else javac compiled it). */
    public record Loaded(Class<?> type, boolean cached) {
    }

    /** How many entries the folder holds and their total size in bytes (0 and 0 when it does not exist). */
    public Usage usage() throws IOException {
        int entries = 0;
        long bytes = 0;
        for (Path file : files()) {
            if (file.getFileName().toString().endsWith(ENTRY)) {
                entries++;
                bytes += Files.size(file);
            }
        }
        return new Usage(entries, bytes);
    }

    /** Deletes every entry and temporary file of the cache; returns how many entries it deleted. */
    public int clean() throws IOException {
        int deleted = 0;
        for (Path file : files(textFolder())) {
            Files.deleteIfExists(file);
        }
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (name.endsWith(ENTRY) || name.startsWith(".tmp-")) {
                Files.deleteIfExists(file);
                deleted += name.endsWith(ENTRY) ? 1 : 0;
            }
        }
        return deleted;
    }

    /** The number of entries in a cache and their size in bytes. */
    public record Usage(int entries, long bytes) {
    }

    private List<Path> files() throws IOException {
        return files(folder);
    }

    private static List<Path> files(Optional<Path> folder) throws IOException {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder.get())) {
            return list.filter(Files::isRegularFile).toList();
        }
    }

    private static Optional<Map<String, byte[]>> read(Path entry, CacheKey key) {
        try {
            return Files.isRegularFile(entry) ? CacheEntry.read(key, Files.readAllBytes(entry)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The class, or empty when the JVM rejects the bytecode (then it is compiled again). */
    private static Optional<Class<?>> define(Map<String, byte[]> bytecode, String qualifiedName) {
        try {
            Class<?> type = DefinedClasses.define(bytecode, qualifiedName);
            type.getDeclaredConstructor();
            return Optional.of(type);
        } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void store(Path entry, byte[] bytes) {
        Path temporary = null;
        try {
            Files.createDirectories(entry.getParent());
            temporary = Files.createTempFile(entry.getParent(), ".tmp-", ".part");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is not an entry; nnc cache clean removes it
        }
    }
}
