package dev.nnc.cli;

import dev.nnc.compiler.diag.Suggestions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A misspelt command: {@code nnc trian FILE.nn} would otherwise be the generate form ({@code nnc
 * FILE.nn...}) given a file called "trian". A first argument is a typo when it is not an existing
 * file, does not end in {@code .nn}, and is close to a command's name.
 */
final class CommandTypo {
    private CommandTypo() {
    }

    /** The command {@code first} is probably a misspelling of, when it is one. */
    static Optional<String> of(String first, Collection<String> commands) {
        if (first.startsWith("-") || commands.contains(first) || first.toLowerCase(Locale.ROOT).endsWith(".nn")
                || first.toLowerCase(Locale.ROOT).endsWith(".onnx")
                || exists(first)) {
            return Optional.empty();
        }
        return Suggestions.closest(first, commands);
    }

    private static boolean exists(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
