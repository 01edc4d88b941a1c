package dev.nnc.maven;

import dev.nnc.compiler.JavaNames;
import java.util.Optional;

/** Java package names: checking a configured one, and deriving one from a model's folder. */
final class PackageNames {
    private PackageNames() {
    }

    /** Whether {@code name} is "" (the unnamed package) or a valid package name. */
    static boolean isValid(String name) {
        return JavaNames.isPackageName(name);
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
}
