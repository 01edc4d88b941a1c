package dev.nnc.runtime;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Doubles written as text, exactly: Base64 of their IEEE 754 bits, big-endian. Generated classes
 * keep the initial weights of large layers this way, in a few string constants, instead of one
 * constant and one bytecode instruction per weight (which would exceed the class file's limits).
 */
public final class Doubles {
    /** Doubles per string: 6,000 doubles are 64,000 characters, under a string constant's 65,535 bytes. */
    public static final int PER_STRING = 6_000;

    private Doubles() {
    }

    /** {@code values[from..to)} as Base64 text. */
    public static String encode(double[] values, int from, int to) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * (to - from));
        for (int i = from; i < to; i++) {
            bytes.putLong(Double.doubleToRawLongBits(values[i]));
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** Decodes {@code text} (from {@link #encode}) into {@code into}, starting at {@code offset}. */
    public static void decode(String text, double[] into, int offset) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int count = bytes.remaining() / 8;
        for (int i = 0; i < count; i++) {
            into[offset + i] = Double.longBitsToDouble(bytes.getLong());
        }
    }

    /**
     * Decodes {@code text} into the rows of {@code into} (all of one length) read one after the
     * other, starting at position {@code offset} of that sequence.
     */
    public static void decode(String text, double[][] into, int offset) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int count = bytes.remaining() / 8;
        int length = into[0].length;
        for (int i = 0; i < count; i++) {
            into[(offset + i) / length][(offset + i) % length] = Double.longBitsToDouble(bytes.getLong());
        }
    }

    /** {@link #decode(String, double[], int)} into floats, each value rounded to the nearest float. */
    public static void decode(String text, float[] into, int offset) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int count = bytes.remaining() / 8;
        for (int i = 0; i < count; i++) {
            into[offset + i] = (float) Double.longBitsToDouble(bytes.getLong());
        }
    }

    /** {@link #decode(String, double[][], int)} into floats, each value rounded to the nearest float. */
    public static void decode(String text, float[][] into, int offset) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int count = bytes.remaining() / 8;
        int length = into[0].length;
        for (int i = 0; i < count; i++) {
            into[(offset + i) / length][(offset + i) % length] = (float) Double.longBitsToDouble(bytes.getLong());
        }
    }
}
