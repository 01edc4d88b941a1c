package dev.nnc.compiler.bytecode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sizes the JVM limits from a class file (JVMS chapter 4): the constant pool's count,
 * the number of fields, and each method's {@code Code} length, which HotSpot compares with its
 * 8,000-byte limit for JIT compilation.
 */
public final class ClassFileReader {
    private ClassFileReader() {
    }

    /** The summary of the class file {@code bytes}. */
    public static ClassSummary read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 15 -> in.skipNBytes(3);
                    case 8, 16, 19, 20 -> in.skipNBytes(2);
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            in.readUnsignedShort();
            String name = utf8[classNames[in.readUnsignedShort()]].replace('/', '.');
            in.readUnsignedShort();
            in.skipNBytes(2L * in.readUnsignedShort());
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipNBytes(6);
                skipAttributes(in);
            }
            int methodCount = in.readUnsignedShort();
            List<MethodSize> methods = new ArrayList<>();
            for (int m = 0; m < methodCount; m++) {
                in.readUnsignedShort();
                String methodName = utf8[in.readUnsignedShort()];
                String descriptor = utf8[in.readUnsignedShort()];
                int code = 0;
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attribute.equals("Code")) {
                        in.skipNBytes(4);
                        code = in.readInt();
                        in.skipNBytes(length - 8L);
                    } else {
                        in.skipNBytes(length);
                    }
                }
                methods.add(new MethodSize(methodName, descriptor, code));
            }
            return new ClassSummary(name, count - 1, fields, methods);
        } catch (IOException e) {
            throw new UncheckedIOException("truncated class file", e);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }
}
