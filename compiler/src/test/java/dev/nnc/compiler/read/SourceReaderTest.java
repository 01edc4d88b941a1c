package dev.nnc.compiler.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of .nn files: regular files of at most 16 MB, strict UTF-8, a byte order mark dropped. */
class SourceReaderTest {
    private static final String MODEL = "network Net {\n    input x[2]\n    layer y[1] sigmoid\n    loss mse\n}\n";

    @TempDir
    Path dir;

    private static String rendered(Result<?> result) {
        return result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining());
    }

    @Test
    void aByteOrderMarkIsDroppedNotAnError() throws Exception {
        Path file = dir.resolve("bom.nn");
        Files.write(file, ("\uFEFF" + MODEL).getBytes(StandardCharsets.UTF_8));
        Result<SourceFile> read = SourceReader.read(file, "bom.nn");
        assertEquals("", rendered(read));
        assertEquals(MODEL, read.value().orElseThrow().text());
        assertFalse(Frontend.analyze(read.value().orElseThrow()).hasErrors(), "no E002 at 1:1");
    }

    @Test
    void aFileThatIsNotUtf8IsE041AtTheFirstBadByte() throws Exception {
        Path file = dir.resolve("latin1.nn");
        Files.write(file, MODEL.replace("input x[2]", "input x[2] // caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.nn:2:22: error: byte 0xE9 is not UTF-8 text; save the file as UTF-8 [E041]\n"
                + "    input x[2] // caf\uFFFD\n"
                + "                     ^\n", rendered(SourceReader.read(file, "latin1.nn")));
        Path utf16 = dir.resolve("utf16.nn");
        Files.write(utf16, ("\uFEFF" + MODEL).getBytes(StandardCharsets.UTF_16));
        assertEquals("utf16.nn:1:1: error: the file is UTF-16 text (it starts with a UTF-16 byte order mark); "
                + "save it as UTF-8 [E041]", rendered(SourceReader.read(utf16, "utf16.nn")).lines().findFirst().orElseThrow());
    }

    @Test
    void aHugeFileAFolderAndAMissingFileAreE040NamingTheFile() throws Exception {
        Path huge = dir.resolve("huge.nn");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used, and never read
        }
        assertEquals("huge.nn: error: is 3 GB; a .nn file may have at most 16 MB [E040]\n",
                rendered(SourceReader.read(huge, "huge.nn")));
        Path limit = dir.resolve("limit.nn");
        try (RandomAccessFile file = new RandomAccessFile(limit.toFile(), "rw")) {
            file.setLength(SourceReader.MAX_BYTES + 1);
        }
        assertEquals("limit.nn: error: is 16.0 MB; a .nn file may have at most 16 MB [E040]\n",
                rendered(SourceReader.read(limit, "limit.nn")));
        assertEquals("models: error: is a folder, not a file [E040]\n", rendered(SourceReader.read(dir, "models")));
        assertEquals("none.nn: error: no such file [E040]\n",
                rendered(SourceReader.read(dir.resolve("none.nn"), "none.nn")));
    }
}
