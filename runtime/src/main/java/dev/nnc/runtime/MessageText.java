package dev.nnc.runtime;

/** Text from a file quoted in a message: the compiler's and the runtime's messages quote it alike. */
public final class MessageText {
    /** The most characters of a word or cell quoted in a message; longer ones are cut, with "...". */
    public static final int QUOTED = 40;

    private MessageText() {
    }

    /** {@code text} in single quotes, cut to its first characters when long (a 200 MB cell is not repeated whole). */
    public static String quoted(String text) {
        return "'" + (text.length() > QUOTED ? text.substring(0, QUOTED - 3) + "..." : text) + "'";
    }
}
