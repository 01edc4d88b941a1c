package dev.nnc.compiler;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.runtime.FileRefusedException;
import dev.nnc.runtime.InputFiles;
import dev.nnc.runtime.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way a {@code .nn} file is read, by the command line, the Maven plugin and the tests alike:
 * a regular file of at most {@value #MAX_MEGABYTES} MB (E040), UTF-8 text (E041, at the first byte
 * that is not), a leading byte order mark dropped.
 */
public final class SourceReader {
    /** The largest {@code .nn} file read, in megabytes: a network of 10,000,000 explicit weights fits. */
    public static final int MAX_MEGABYTES = 16;
    /** The same in bytes. */
    public static final long MAX_BYTES = (long) MAX_MEGABYTES << 20;

    private SourceReader() {
    }

    /** The bytes of a {@code .nn} file, or E040 naming it as {@code displayName}. */
    public static Result<byte[]> bytes(Path path, String displayName) {
        try {
            return Result.of(InputFiles.read(path, MAX_BYTES, "a .nn file"), List.of());
        } catch (FileRefusedException e) {
            return Result.failed(List.of(Diagnostic.error(Code.MODEL_FILE_UNREADABLE.id(), Span.wholeFile(displayName),
                    e.reason())));
        }
    }

    /** The text of {@code bytes}, read from {@code path}, or E041 at the first byte that is not UTF-8. */
    public static Result<SourceFile> decode(byte[] bytes, Path path, String displayName) {
        try {
            return Result.of(new SourceFile(displayName, path, Utf8Text.decode(bytes)), List.of());
        } catch (Utf8Text.Malformed e) {
            // the line as far as it can be shown: the bad bytes as U+FFFD
            SourceFile lenient = new SourceFile(displayName, path, new String(bytes, StandardCharsets.UTF_8));
            return Result.failed(List.of(Diagnostic.error(Code.NOT_UTF8.id(),
                    lenient.span(e.line(), e.column(), 1), e.getMessage())));
        }
    }

    /** The {@code .nn} file at {@code path}, reported as {@code displayName}, or why it cannot be read. */
    public static Result<SourceFile> read(Path path, String displayName) {
        Result<byte[]> bytes = bytes(path, displayName);
        return bytes.hasErrors() ? Result.failed(bytes.diagnostics())
                : decode(bytes.value().orElseThrow(), path, displayName);
    }

    /** {@link #read(Path, String)}, reported under {@code path} as given. */
    public static Result<SourceFile> read(Path path) {
        return read(path, path.toString());
    }
}
