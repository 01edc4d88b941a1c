package dev.nnc.compiler.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The models the fuzzer damages: the repository's samples (with their CSV files), the test samples,
 * the shared conformance models, and the error cases; plus an empty file to build from nothing.
 * Each keeps its path, so that CSV files named in it are really read.
 */
final class Seeds {
    private static final List<String> VALID_FOLDERS = List.of("../samples", "src/test/resources/samples",
            "../../shared/conformance/models");
    private static final String ERROR_FOLDER = "src/test/resources/errors";

    /** A model and where it lives. */
    record Seed(Path path, String text) {
    }

    /** The models that compile, first; then the error cases and an empty file. */
    static final List<Seed> ALL;
    /** How many of {@link #ALL} compile. */
    static final int VALID;

    static {
        List<Seed> seeds = new ArrayList<>();
        for (String folder : VALID_FOLDERS) {
            seeds.addAll(load(folder));
        }
        VALID = seeds.size();
        seeds.addAll(load(ERROR_FOLDER));
        seeds.add(new Seed(Path.of("src/test/resources/empty.nn"), ""));
        ALL = List.copyOf(seeds);
    }

    private Seeds() {
    }

    private static List<Seed> load(String folder) {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".nn")).sorted().toList()) {
                // leniently: an error case may be deliberately not UTF-8 (E041)
                seeds.add(new Seed(file, new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }
}
