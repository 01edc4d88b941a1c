package dev.nnc.compiler.emit;

import java.util.Locale;

/**
 * The one way text from outside (file names, network and layer names, versions, descriptions of
 * data) enters the comments and Javadoc of generated source: as printable ASCII on one line, with
 * nothing in it that Java or Javadoc would read as anything but text. A file called {@code
 * "a\nint x;\n.nn"} must not add a field to the generated class.
 *
 * <p>Kept as they are: the printable ASCII characters other than {@code \ * / < > & @ { }}.
 * Written {@code \n \r \t \\}: line feed, carriage return, tab, backslash. Written {@code \x{HEX}}
 * (the Unicode code point): everything else, that is control characters, {@code *} and {@code /}
 * (which could close a comment), the characters HTML and Javadoc tags are made of, and every
 * character beyond ASCII, among them U+2028, bidirectional overrides and unpaired surrogates. The
 * result never holds a backslash followed by {@code u}, which javac would read as a Unicode escape
 * even inside a comment ({@code \u000a} is a line break to javac).
 *
 * <p>Names from outside become parts of identifiers through {@link #identifier}. String literals
 * are written with JavaPoet's {@code $S}, which escapes them for Java.
 */
public final class SourceText {
    private SourceText() {
    }

    /** {@code text} as it may appear in a comment or Javadoc of generated source. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                default:
                    if (c >= 0x20 && c < 0x7f && "*/<>&@{}".indexOf(c) < 0) {
                        out.append((char) c);
                    } else {
                        out.append("\\x{").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append('}');
                    }
            }
        });
        return out.toString();
    }

    /**
     * {@code text} as (part of) a suggested Java identifier: ASCII letters, digits, {@code _} and
     * {@code $} kept, every other character {@code _}. (Java lets identifiers hold characters it
     * otherwise ignores, such as U+0085 and U+200B, which would reach the source unseen; names from
     * the language's grammar are ASCII anyway.)
     */
    public static String identifier(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c < 0x80 && Character.isJavaIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c) ? (char) c : '_'));
        return out.toString();
    }

    /**
     * Arguments for a JavaPoet format string of a comment or Javadoc: every text {@link #escape}d,
     * everything else (numbers, specs) as it is.
     */
    public static Object[] args(Object... args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof CharSequence text ? escape(text.toString()) : args[i];
        }
        return out;
    }
}
