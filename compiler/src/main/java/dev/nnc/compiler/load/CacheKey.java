package dev.nnc.compiler.load;

import dev.nnc.runtime.Network;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What decides the bytes of a compiled generated class, and the {@link ClassCache}'s name for it.
 * That is the generated source without its comments (javac runs with {@code -g:none}, so comments,
 * file names and line numbers never reach the bytecode) and without the learning rate's initial
 * value (a field every command sets from the model or {@code --rate}), the class's name, the JVM
 * that runs javac, and the runtime library the class is compiled against (its jar's size and time).
 * Everything else the class bakes in (layers, activations, the optimizer's constants, the initial
 * weights, the labels' class names) is in the source. The name is 64 bits of checksums; the entry
 * keeps the whole {@link #text()} and is used only when it is equal, so two keys never share a class.
 *
 * @param name the entry's file name without its ending (16 hex digits)
 * @param text everything that decides the class's bytes
 */
public record CacheKey(String name, String text) {
    /** Bumped whenever the entry format or the keying changes. */
    private static final String FORMAT = "nnc class cache 2";
    private static final Pattern RATE_GETTER = Pattern.compile("public double rate\\(\\) \\{\\s+return (\\w+);");

    /** The key of the class {@code qualifiedName} compiled from {@code source}. */
    public static CacheKey of(String qualifiedName, String source) {
        String text = FORMAT + "\n" + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
                + "\n" + runtime() + "\n" + qualifiedName + "\n" + canonical(source);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return new CacheKey(String.format("%08x%08x", c.getValue(), d.getValue()), text);
    }

    /**
     * The key of the class {@code qualifiedName} compiled from {@code cacheText} (a
     * {@link dev.nnc.compiler.CompiledNetwork#cacheText()}) by the compiler {@code compiler} identifies:
     * found without generating the source, so it is only as safe as that identity, which must change
     * whenever the compiler's code does ({@link #compilerIdentity()}).
     */
    static CacheKey ofModel(String qualifiedName, String cacheText, String compiler) {
        return of(qualifiedName, "model of " + compiler + "\n" + cacheText);
    }

    /**
     * The compiler's identity for {@link #ofModel}: the size and time of the jar it was loaded from, and
     * of the runtime's; empty when either is a folder of classes (a build in progress, whose code changes
     * under the same name), so that such a compiler keys its classes only by their source.
     */
    static java.util.Optional<String> compilerIdentity() {
        String compiler = jar(CacheKey.class);
        String runtime = runtime();
        return compiler.startsWith("jar ") && runtime.startsWith("jar ")
                ? java.util.Optional.of(compiler + "; runtime " + runtime) : java.util.Optional.empty();
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
     * The size and modification time of the jar (or the path of the folder) the runtime was loaded
     * from: a rebuilt nnc never loads classes compiled against another runtime.
     */
    private static String runtime() {
        return jar(Network.class);
    }

    /** The size and modification time of the jar {@code type} was loaded from, or the path of its folder. */
    private static String jar(Class<?> type) {
        try {
            CodeSource code = type.getProtectionDomain().getCodeSource();
            Path location = code == null ? null : Path.of(code.getLocation().toURI());
            if (location == null || !Files.isRegularFile(location)) {
                return "classes " + location;
            }
            return "jar " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
