package dev.nnc.maven;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the last run generated, per model (by its path under the source folder): the fingerprint
 * it was generated from, the data files it read and the files it wrote. Kept as a properties file
 * with sorted keys and no date, so it changes only when its content does.
 */
final class FingerprintStore {
    private static final String SEPARATOR = "|";

    /**
     * One model's record.
     *
     * @param fingerprint what its outputs were generated from; "" when it last failed to compile
     * @param dataFiles the data files it names, in the model's order
     * @param outputs the files generated from it
     */
    record Entry(String fingerprint, List<Path> dataFiles, List<Path> outputs) {
        Entry {
            dataFiles = List.copyOf(dataFiles);
            outputs = List.copyOf(outputs);
        }

        boolean compiled() {
            return !fingerprint.isEmpty();
        }
    }

    private FingerprintStore() {
    }

    /** The entries in {@code file}; none when it does not exist or is not one of ours. */
    static Map<String, Entry> load(Path file) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return entries; // a damaged store only costs one full regeneration
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".fingerprint")) {
                String model = key.substring(0, key.length() - ".fingerprint".length());
                entries.put(model, new Entry(properties.getProperty(key),
                        paths(properties.getProperty(model + ".data", "")),
                        paths(properties.getProperty(model + ".outputs", ""))));
            }
        }
        return entries;
    }

    /** The text of a store holding {@code entries}: one line per key, sorted, no timestamp. */
    static String format(Map<String, Entry> entries) {
        Properties properties = new Properties();
        entries.forEach((model, entry) -> {
            properties.setProperty(model + ".fingerprint", entry.fingerprint());
            properties.setProperty(model + ".data", join(entry.dataFiles()));
            properties.setProperty(model + ".outputs", join(entry.outputs()));
        });
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        // store() escapes every line break, so each entry is one line; drop its date comment and sort.
        List<String> lines = new ArrayList<>(out.toString().lines().filter(l -> !l.startsWith("#")).toList());
        lines.sort(null);
        StringBuilder text = new StringBuilder("# nnc-maven-plugin: what each model last generated; delete to regenerate all\n");
        lines.forEach(l -> text.append(l).append('\n'));
        return text.toString();
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(SEPARATOR));
    }

    private static List<Path> paths(String joined) {
        if (joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\" + SEPARATOR)).map(Path::of).toList();
    }
}
