package dev.nnc.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: text files are decoded whole or refused at the line and column of the first bad byte. */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** Bytes that are not UTF-8, at a 1-based line and column (in characters) of the text before them. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Malformed(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * The text of {@code bytes}, without a leading UTF-8 byte order mark.
     *
     * @throws Malformed at the first byte that is not UTF-8 (UTF-16 text is named as such)
     */
    public static String decode(byte[] bytes) throws Malformed {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new Malformed("the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8",
                    1, 1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw malformed(bytes[in.position()], out.flip());
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Malformed malformed(byte bad, CharBuffer before) {
        int line = 1;
        int lineStart = 0;
        int start = before.length() > 0 && before.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.length() - Math.max(lineStart, start) + 1;
        return new Malformed(String.format("byte 0x%02X is not UTF-8 text; save the file as UTF-8", bad & 0xFF),
                line, column);
    }
}
