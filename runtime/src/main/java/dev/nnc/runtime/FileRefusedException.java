package dev.nnc.runtime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file nnc will not read or write: its message names the file and says why, e.g.
 * {@code "out: is a folder, not a file"} or {@code "w.json: cannot read (Permission denied)"}.
 */
public final class FileRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public FileRefusedException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** The file, as given. */
    public Path file() {
        return file;
    }

    /** Why, without the file's name. */
    public String reason() {
        return reason;
    }
}
