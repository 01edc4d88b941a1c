package dev.nnc.maven;

import dev.nnc.compiler.NncCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which code generates the files: nnc's version plus a hash of the compiler's and this plugin's
 * classes. A snapshot build of nnc changes the hash without changing the version, and generated
 * files must follow it, so the version alone is not enough.
 */
final class CompilerIdentity {
    private static volatile String cached;

    private CompilerIdentity() {
    }

    /** The identity of the code loaded in this JVM (computed once: it cannot change while running). */
    static String current() {
        String identity = cached;
        if (identity == null) {
            identity = "nnc " + NncCompiler.VERSION + " " + hashOf(codeOf());
            cached = identity;
        }
        return identity;
    }

    /** A class from each jar whose code decides what is generated: compiler, grammar, this plugin. */
    private static List<Class<?>> codeOf() {
        List<Class<?>> classes = new ArrayList<>(List.of(NncCompiler.class, CompilerIdentity.class,
                dev.nnc.onnx.imports.OnnxImporter.class));
        try {
            // By name: only the compiler's parser package may use the grammar's types.
            classes.add(Class.forName("dev.nnc.grammar.NnParser", false, NncCompiler.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            // a renamed grammar class only costs this jar its place in the hash
        }
        return classes;
    }

    private static String hashOf(List<Class<?>> classes) {
        MessageDigest digest = Fingerprint.sha256();
        for (Class<?> type : classes) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try {
                hashLocation(Path.of(source.getLocation().toURI()), digest);
            } catch (URISyntaxException | IllegalArgumentException e) {
                digest.update(source.getLocation().toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the classes of " + type.getName(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /**
     * The classes and resources at {@code location}, in name order: a jar's entries or a class
     * folder's files. Names and contents only, no timestamps, so rebuilding the same code gives the
     * same identity; Maven's own metadata in a jar is left out for the same reason.
     */
    private static void hashLocation(Path location, MessageDigest digest) throws IOException {
        if (Files.isRegularFile(location)) {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                List<? extends ZipEntry> entries = jar.stream()
                        .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/maven/"))
                        .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                for (ZipEntry entry : entries) {
                    digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = jar.getInputStream(entry)) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(location)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
    }
}
