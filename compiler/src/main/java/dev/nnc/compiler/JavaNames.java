package dev.nnc.compiler;

import java.util.Set;

/**
 * Java's rules for the names nnc writes: its keywords and literals, and what a package name is. The
 * command line ({@code -p}) and the Maven plugin ({@code packageName}) check package names here.
 */
public final class JavaNames {
    /** Java's keywords, its literals true, false and null, and {@code _}: never an identifier. */
    public static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_");

    private JavaNames() {
    }

    /**
     * Whether {@code name} is "" (the unnamed package) or a package name: identifiers separated by
     * dots, none a keyword ({@code com.example} yes; {@code class}, {@code a.int}, {@code a..b}, {@code 2d} no),
     * and not {@code java} or under it: the JVM refuses to load a class of such a package that is not the JDK's.
     */
    public static boolean isPackageName(String name) {
        if (name.isEmpty()) {
            return true;
        }
        if (name.equals("java") || name.startsWith("java.")) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code word} is a Java identifier that is not a keyword or literal, and has no character
     * javac ignores (NUL, other controls, format characters such as U+200B): with one, the name javac
     * compiles differs from the folder the file is written to.
     */
    public static boolean isIdentifier(String word) {
        if (word.isEmpty() || KEYWORDS.contains(word) || !Character.isJavaIdentifierStart(word.codePointAt(0))) {
            return false;
        }
        return word.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
}
