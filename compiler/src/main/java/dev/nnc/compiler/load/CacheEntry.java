package dev.nnc.compiler.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * One entry of the {@link ClassCache} as bytes: a magic number, the whole text of the key it was
 * stored under, the bytecode of each class by binary name, and the CRC-32C of all that, so that a
 * truncated, damaged or misplaced file is never trusted.
 */
final class CacheEntry {
    private static final int MAGIC = 0x4E4E4343; // "NNCC"
    private static final int VERSION = 2;
    private static final int CHECKSUM = 4;
    /** More classes than any generated class has nested ones: a larger count means a damaged entry. */
    private static final int MAX_CLASSES = 10_000;

    private CacheEntry() {
    }

    /** The bytes of an entry holding {@code bytecode} under {@code key}. */
    static byte[] write(CacheKey key, Map<String, byte[]> bytecode) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            byte[] text = key.text().getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(bytecode.size());
            for (Map.Entry<String, byte[]> type : new TreeMap<>(bytecode).entrySet()) {
                out.writeUTF(type.getKey());
                out.writeInt(type.getValue().length);
                out.write(type.getValue());
            }
            out.flush();
            out.writeInt(crc(bytes.toByteArray(), bytes.size()));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** The bytecode in {@code entry}, or empty when it is not a whole, undamaged entry for {@code key}. */
    static Optional<Map<String, byte[]>> read(CacheKey key, byte[] entry) {
        if (entry.length < CHECKSUM + 16) {
            return Optional.empty();
        }
        int body = entry.length - CHECKSUM;
        if (crc(entry, body) != ByteBuffer.wrap(entry, body, CHECKSUM).getInt()) {
            return Optional.empty();
        }
        byte[] text = key.text().getBytes(StandardCharsets.UTF_8);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry, 0, body))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != text.length
                    || !Arrays.equals(in.readNBytes(text.length), text)) {
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

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
