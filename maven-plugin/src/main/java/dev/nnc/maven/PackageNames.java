package dev.nnc.maven;

import java.util.Optional;
import java.util.Set;

/** Java package names: checking a configured one, and deriving one from a model's folder. */
final class PackageNames {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "false", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "null", "package", "private", "protected", "public", "return",
            "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient",
            "true", "try", "void", "volatile", "while", "_");

    private PackageNames() {
    }

    /** Whether {@code name} is "" (the unnamed package) or a valid package name. */
    static boolean isValid(String name) {
        if (name.isEmpty()) {
            return true;
        }
        for (String part : name.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The package of a model in {@code folder} (relative to the source folder, {@code /} separated):
     * {@code com/example} gives {@code com.example}, the top folder the unnamed package. Empty when
     * a folder's name is not a Java identifier.
     */
    static Optional<String> fromFolder(String folder) {
        String name = folder.replace('/', '.');
        return isValid(name) ? Optional.of(name) : Optional.empty();
    }

    private static boolean isIdentifier(String part) {
        if (part.isEmpty() || KEYWORDS.contains(part) || !Character.isJavaIdentifierStart(part.charAt(0))) {
            return false;
        }
        return part.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
