package dev.nnc.compiler.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One entry of the {@link ClassCache} as bytes: a magic number, the key it was stored under, the
 * bytecode of each class by binary name, and the SHA-256 of all that, so that a truncated, damaged
 * or misplaced file is never trusted.
 */
final class CacheEntry {
    private static final int MAGIC = 0x4E4E4343; // "NNCC"
    private static final int VERSION = 1;
    private static final int CHECKSUM = 32;
    /** More classes than any generated class has nested ones: a larger count means a damaged entry. */
    private static final int MAX_CLASSES = 10_000;

    private CacheEntry() {
    }

    /** The bytes of an entry holding {@code bytecode} under {@code key}. */
    static byte[] write(String key, Map<String, byte[]> bytecode) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(key);
            out.writeInt(bytecode.size());
            for (Map.Entry<String, byte[]> type : new TreeMap<>(bytecode).entrySet()) {
                out.writeUTF(type.getKey());
                out.writeInt(type.getValue().length);
                out.write(type.getValue());
            }
            out.flush();
            out.write(sha256(bytes.toByteArray(), bytes.size()));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** The bytecode in {@code entry}, or empty when it is not a whole, undamaged entry for {@code key}. */
    static Optional<Map<String, byte[]>> read(String key, byte[] entry) {
        if (entry.length < CHECKSUM + 12) {
            return Optional.empty();
        }
        int body = entry.length - CHECKSUM;
        if (!MessageDigest.isEqual(sha256(entry, body), Arrays.copyOfRange(entry, body, entry.length))) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry, 0, body))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int count = in.readInt();
            if (count <= 0 || count > MAX_CLASSES) {
                return Optional.empty();
            }
            Map<String, byte[]> bytecode = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    return Optional.empty();
                }
                bytecode.put(name, in.readNBytes(length));
            }
            return in.available() == 0 ? Optional.of(bytecode) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
