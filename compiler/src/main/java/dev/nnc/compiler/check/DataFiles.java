package dev.nnc.compiler.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Whether a data file a model names is there: the checker asks first, the data loader again when it reads. */
public final class DataFiles {
    private DataFiles() {
    }

    /** Why {@code written}, resolved to {@code path}, is no file to read: "data file 'x.csv' does not exist ...". */
    public static Optional<String> missing(String written, Path path) {
        if (Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String why = Files.isDirectory(path) ? "is a folder, not a file"
                : Files.exists(path) ? "is not a plain file" : "does not exist";
        return Optional.of("data file '" + written + "' " + why + " (looked for " + path + ")");
    }
}
