package dev.nnc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of everything a model's generated files depend on: the compiler, the options, the
 * model's text and the content of every data file it names. Equal fingerprints mean equal outputs.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * The fingerprint of {@code model} compiled by {@code compiler} with {@code options}, reading
     * {@code dataFiles} (in the order given; a missing file counts as such, not as an error).
     *
     * @param model the model's bytes, as compiled
     * @throws IOException when a data file exists but cannot be read
     */
    static String of(String compiler, String options, byte[] model, List<Path> dataFiles) throws IOException {
        MessageDigest digest = sha256();
        line(digest, "compiler " + compiler);
        line(digest, "options " + options);
        line(digest, "model " + hash(model));
        for (Path data : dataFiles) {
            line(digest, "data " + data + " " + contentHash(data));
        }
        return hex(digest.digest());
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    static String hash(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    /** The SHA-256 of a file, read in blocks: a data file of any size is never held whole. */
    private static String contentHash(Path file) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return "not a file"; // a pipe would never end
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[1 << 16];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                digest.update(block, 0, n);
            }
        } catch (NoSuchFileException e) {
            return "missing";
        }
        return hex(digest.digest());
    }

    private static void line(MessageDigest digest, String text) {
        digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
