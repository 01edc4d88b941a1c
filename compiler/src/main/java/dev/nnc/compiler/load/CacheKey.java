package dev.nnc.compiler.load;

import dev.nnc.runtime.Network;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The key of a compiled class in the {@link ClassCache}: the SHA-256 of everything that decides its
 * bytes. That is the generated source without its comments (javac runs with {@code -g:none}, so
 * comments, file names and line numbers never reach the bytecode) and without the learning rate's
 * initial value (a field every command sets from the model or {@code --rate}), the class's name,
 * the JVM that runs javac, and the identity of the runtime library the class is compiled against
 * (the jar's size and CRC-32C). Anything else the class bakes in (layers, activations, the
 * optimizer's constants, the initial weights, the class names of the labels) is in the source, so
 * it is in the key.
 */
public final class CacheKey {
    /** Bumped whenever the entry format or the keying changes. */
    private static final String FORMAT = "nnc class cache 1";
    private static final Pattern RATE_GETTER = Pattern.compile("public double rate\\(\\) \\{\\s+return (\\w+);");
    private static final String IDENTITY = FORMAT + "|" + System.getProperty("java.vm.name") + "|"
            + System.getProperty("java.vm.version") + "|" + System.getProperty("java.version") + "|" + runtimeIdentity();

    private CacheKey() {
    }

    /** The key, 64 hex digits, of the class {@code qualifiedName} compiled from {@code source}. */
    public static String of(String qualifiedName, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((IDENTITY + "|" + qualifiedName + "|").getBytes(StandardCharsets.UTF_8));
            sha.update(canonical(source).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * {@code source} without whole-line comments and Javadoc (JavaPoet writes no comment after code on
     * a line) and with the learning rate's field declared without its initial value.
     */
    static String canonical(String source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean inComment = false;
        for (String line : source.split("\n")) {
            String trimmed = line.strip();
            if (inComment) {
                inComment = !trimmed.contains("*/");
            } else if (trimmed.startsWith("/*")) {
                inComment = !trimmed.contains("*/");
            } else if (!trimmed.startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        Matcher getter = RATE_GETTER.matcher(out);
        if (!getter.find()) {
            return out.toString();
        }
        Pattern field = Pattern.compile("(?m)^(\\s*private (?:double|float) " + Pattern.quote(getter.group(1))
                + ") = [^;\\n]*;$");
        return field.matcher(out).replaceFirst("$1;");
    }

    /**
     * The size and CRC-32C of the jar (or the path of the folder) the runtime was loaded from: a
     * rebuilt nnc changes the key, and so never loads classes compiled against another runtime.
     */
    private static String runtimeIdentity() {
        try {
            CodeSource code = Network.class.getProtectionDomain().getCodeSource();
            Path location = code == null ? null : Path.of(code.getLocation().toURI());
            if (location == null || !Files.isRegularFile(location)) {
                return "classes " + location;
            }
            CRC32C crc = new CRC32C();
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            try (InputStream in = Files.newInputStream(location)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                    size += n;
                }
            }
            return "jar " + size + " " + Long.toHexString(crc.getValue());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + e;
        }
    }
}
