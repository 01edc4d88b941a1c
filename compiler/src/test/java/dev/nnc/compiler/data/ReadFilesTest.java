package dev.nnc.compiler.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnc.runtime.CsvColumns;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFilesTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedFileIsReadOnceAndAChangedOneAgain() throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "x,y\n1,2\n3,4\n");
        Dataset first = ReadFiles.read(csv, 1, 1, CsvColumns.TARGETS, List.of());
        assertSame(first, ReadFiles.read(dir.resolve(".").resolve("d.csv"), 1, 1, CsvColumns.TARGETS, List.of()),
                "the same file, however it is named");
        assertNotSame(first, ReadFiles.read(csv, 1, 1, CsvColumns.of(false), List.of("a")), "other classes, another read");

        Files.writeString(csv, "x,y\n1,2\n3,4\n5,6\n");
        Dataset changed = ReadFiles.read(csv, 1, 1, CsvColumns.TARGETS, List.of());
        assertEquals(3, changed.size());
        assertEquals(5.0, changed.input(2)[0]);

        Files.writeString(csv, "x,y\n1,2\n3,oops\n");
        assertThrows(DataException.class, () -> ReadFiles.read(csv, 1, 1, CsvColumns.TARGETS, List.of()));
        assertThrows(DataException.class, () -> ReadFiles.read(csv, 1, 1, CsvColumns.TARGETS, List.of()),
                "a file with problems is not kept: they are reported every time");
    }
}
