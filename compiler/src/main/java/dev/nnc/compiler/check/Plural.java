package dev.nnc.compiler.check;

/** "1 value", "3 values": counts in messages read as English. */
final class Plural {
    private Plural() {
    }

    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "is" or "are" for {@code count} things. */
    static String verb(long count) {
        return count == 1 ? "is" : "are";
    }
}
