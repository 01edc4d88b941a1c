package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: whole files, only over regular files, short temporary names, no leftovers. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every file in {@code dir}, by name. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileAndReplacesAnOldOneLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("sub/out.txt");
        AtomicFiles.write(file, "one");
        AtomicFiles.write(file, "two");
        assertEquals("two", read(file));
        assertEquals(List.of("sub"), names());
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of("out.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aFolderIsRefusedWithItsName() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(folder, "x"));
        assertEquals(folder + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void aPipeStandsForADeviceAndIsRefusedNotReplaced() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(fifo, "x"));
        assertEquals(fifo + ": is not a regular file (a device, pipe or socket); nnc replaces only regular files",
                e.getMessage());
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
        assertEquals(List.of("fifo"), names());
    }

    static boolean mkfifo(Path fifo) {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(fifo);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicFiles.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", read(real));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere/x.json"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(dangling, "x"));
        assertTrue(e.getMessage().startsWith(dangling + ": is a symbolic link to a file that does not exist"),
                e.getMessage());
    }

    @Test
    void aReadOnlyFileIsRefusedAndAWritableOneKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path locked = Files.writeString(dir.resolve("locked.md"), "keep");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(locked, "x"));
        assertTrue(e.getMessage().startsWith(locked + ": is read-only"), e.getMessage());
        assertEquals("keep", read(locked));

        Path secret = Files.writeString(dir.resolve("secret.json"), "old");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(secret, "new");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        Path fresh = dir.resolve("fresh.json");
        AtomicFiles.write(fresh, "x");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void theLongestFileNameTheFolderTakesCanBeWritten() throws IOException {
        Path longest = dir.resolve("a".repeat(250) + ".json");
        AtomicFiles.write(longest, "{}");
        assertEquals("{}", read(longest));
        Path tooLong = dir.resolve("a".repeat(300) + ".json");
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(tooLong, "{}"));
        assertEquals(tooLong + ": cannot write (File name too long)", e.getMessage());
        assertEquals(List.of(longest.getFileName().toString()), names(), "no temporary file left");
    }

    @Test
    void aFailureNamesTheTargetAndTheCause() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path closed = Files.createDirectory(dir.resolve("closed"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(closed), "not running as root");
        Path target = closed.resolve("w.json");
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(target, "x"));
        assertEquals(target + ": cannot write (Permission denied)", e.getMessage());
        Path underAFile = Files.writeString(dir.resolve("file"), "").resolve("w.json");
        e = assertThrows(FileRefusedException.class, () -> AtomicFiles.write(underAFile, "x"));
        assertEquals(underAFile + ": cannot write (" + dir.resolve("file") + " is not a folder)", e.getMessage());
    }

    @Test
    void severalFilesAreWrittenAllOrNone() throws IOException {
        Path first = Files.writeString(dir.resolve("a.java"), "old a");
        Path folder = Files.createDirectory(dir.resolve("b.java"));
        List<AtomicFiles.Output> outputs = List.of(AtomicFiles.Output.of(first, "new a"),
                AtomicFiles.Output.of(dir.resolve("c.java"), "new c"), AtomicFiles.Output.of(folder, "new b"));
        assertThrows(FileRefusedException.class, () -> AtomicFiles.writeAll(outputs));
        assertEquals("old a", read(first));
        assertEquals(List.of("a.java", "b.java"), names());

        AtomicFiles.writeAll(List.of(AtomicFiles.Output.of(first, "new a"),
                new AtomicFiles.Output(dir.resolve("c.java"), new byte[] {1, 2})));
        assertEquals("new a", read(first));
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(dir.resolve("c.java")));
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreDeletedOnceStale() throws IOException {
        Path stale = Files.writeString(dir.resolve(".nnc-abc123.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(60)));
        Path recent = Files.writeString(dir.resolve(".nnc-def456.tmp"), "being written by another run");
        Path notOurs = Files.writeString(dir.resolve(".nnc-x.tmp"), "someone else's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.EPOCH));
        AtomicFiles.write(dir.resolve("out.json"), "{}");
        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS), "a stale temporary file is deleted");
        assertTrue(Files.exists(recent), "a recent one may belong to a run still going");
        assertTrue(Files.exists(notOurs), "only names of ours are touched");
    }
}
