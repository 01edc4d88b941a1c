package dev.nnc.compiler.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The samples compiled, with their data, generated class and explanation, each made once for all
 * the tests (compiling a generated class in memory is the slow part).
 */
record Explained(Path file, CompiledNetwork compiled, Dataset data, Class<?> type, String markdown) {
    static final Path SAMPLES = Path.of("../samples");
    private static final Map<Path, Explained> CACHE = new ConcurrentHashMap<>();

    /** Sample {@code name} of {@code samples/}, explained. */
    static Explained sample(String name) {
        return of(SAMPLES.resolve(name));
    }

    /** Every sample, explained. */
    static List<Explained> all() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".nn")).sorted().map(Explained::of).toList();
        }
    }

    /** The network of {@code file}, explained. */
    static Explained of(Path file) {
        return CACHE.computeIfAbsent(file, f -> {
            CompiledNetwork compiled = compile(f);
            Dataset data = data(compiled);
            Class<?> type = InMemoryCompiler.compile(compiled.javaFile());
            return new Explained(f, compiled, data, type,
                    Explainer.explain(compiled, data, InMemoryCompiler.newInstance(type)));
        });
    }

    /** A fresh instance of the generated class. */
    Network fresh() {
        return InMemoryCompiler.newInstance(type);
    }

    static CompiledNetwork compile(Path file) {
        try {
            Result<CompiledNetwork> result = NncCompiler.compile(
                    new SourceFile(file.getFileName().toString(), file, Files.readString(file)), "");
            assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
            return result.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset data(CompiledNetwork compiled) {
        Result<Dataset> data = DataLoader.load(compiled.model(), compiled.model().data().orElseThrow(), compiled.source());
        assertFalse(data.hasErrors(), () -> data.diagnostics().toString());
        return data.value().orElseThrow();
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }
}
