package dev.nnc.compiler.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated classes this process defined lately, by their bytecode: the same bytes define one class
 * per process, so that a second run of a network in a long-lived process (nnc's daemon, a Maven build,
 * a test suite) uses the class the JIT has already compiled instead of a new copy that it compiles
 * again. Generated classes keep no state in static fields, so sharing one is safe. The last
 * {@link #KEPT} are kept.
 */
final class DefinedClasses {
    static final int KEPT = 16;

    private static final Map<String, Class<?>> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Class<?>> eldest) {
            return size() > KEPT;
        }
    };

    private DefinedClasses() {
    }

    /** The class {@code qualifiedName} of {@code bytecode}: the one defined before from the same bytes, or new. */
    static Class<?> define(Map<String, byte[]> bytecode, String qualifiedName) {
        String key = qualifiedName + "/" + digest(bytecode);
        synchronized (RECENT) {
            Class<?> known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        Class<?> type = InMemoryCompiler.define(bytecode, qualifiedName);
        synchronized (RECENT) {
            return RECENT.computeIfAbsent(key, k -> type);
        }
    }

    private static String digest(Map<String, byte[]> bytecode) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(bytecode).entrySet()) {
                sha.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(entry.getValue().length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) 0);
                sha.update(entry.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
