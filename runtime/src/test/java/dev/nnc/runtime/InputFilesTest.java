package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounded reads of regular files only, and strict UTF-8 with the position of the first bad byte. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.nn");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used
        }
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> InputFiles.read(huge, 16 << 20, "a .nn file"));
        assertEquals(huge + ": is 3 GB; a .nn file may have at most 16 MB", e.getMessage());
    }

    @Test
    void onlyRegularFilesAreRead() throws Exception {
        assertEquals(dir + ": is a folder, not a file",
                assertThrows(FileRefusedException.class, () -> InputFiles.read(dir, 10, "x")).getMessage());
        Path missing = dir.resolve("missing.json");
        assertEquals(missing + ": no such file",
                assertThrows(FileRefusedException.class, () -> InputFiles.read(missing, 10, "x")).getMessage());
        Path fifo = dir.resolve("fifo");
        if (AtomicFilesTest.mkfifo(fifo)) { // a pipe would block a read forever
            assertEquals(fifo + ": is not a regular file (a device, pipe or socket); nnc reads only files",
                    assertThrows(FileRefusedException.class, () -> InputFiles.read(fifo, 10, "x")).getMessage());
        }
        Path small = Files.write(dir.resolve("small"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, InputFiles.read(small, 3, "x"));
    }

    @Test
    void sizesAreWrittenForPeople() {
        assertEquals("1 byte", InputFiles.size(1));
        assertEquals("1023 bytes", InputFiles.size(1023));
        assertEquals("1.5 KB", InputFiles.size(1536));
        assertEquals("16 MB", InputFiles.size(16 << 20));
    }

    @Test
    void utf8IsDecodedStrictlyWithThePositionOfTheFirstBadByte() throws Exception {
        assertEquals("héllo\n", Utf8Text.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3,
                (byte) 0xA9, 'l', 'l', 'o', '\n'}));
        Utf8Text.Malformed bad = assertThrows(Utf8Text.Malformed.class,
                () -> Utf8Text.decode(new byte[] {'a', '\n', 'b', 'c', (byte) 0xFF, 'd'}));
        assertEquals("2:3 byte 0xFF is not UTF-8 text; save the file as UTF-8",
                bad.line() + ":" + bad.column() + " " + bad.getMessage());
        Utf8Text.Malformed utf16 = assertThrows(Utf8Text.Malformed.class,
                () -> Utf8Text.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}));
        assertEquals("1:1 the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8",
                utf16.line() + ":" + utf16.column() + " " + utf16.getMessage());
    }
}
