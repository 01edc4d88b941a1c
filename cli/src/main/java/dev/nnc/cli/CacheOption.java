package dev.nnc.cli;

import dev.nnc.compiler.load.ClassCache;
import picocli.CommandLine.Option;

/** {@code --no-cache}: compile the generated class with javac even when the class cache holds it. */
final class CacheOption {
    @Option(names = "--no-cache",
            description = "Compile the generated class with javac, neither reading nor writing the class cache "
                    + "(see 'nnc cache').")
    boolean disabled;

    /** The cache to load generated classes through: the user's, or none with --no-cache. */
    ClassCache cache() {
        return disabled ? ClassCache.none() : ClassCache.in(CacheFolder.classes());
    }
}
