package dev.nnc.compiler.data;

import dev.nnc.runtime.CsvColumns;
import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.DataException;
import dev.nnc.runtime.Dataset;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files this process has read, so that a command that checks a network's data (compiling reads
 * every file to report its problems) and then trains on it reads a large file once. A file is read
 * again when its size, modification time or identity changed, or when it was read for other columns,
 * widths or classes. Only the last few files are kept, and only softly: the garbage collector may drop
 * them when memory is short, which costs a second read, never a failure. A file with problems is not
 * kept (its problems are reported each time it is read). {@link Dataset}s never change, so sharing one is safe.
 */
final class ReadFiles {
    private static final int KEPT = 8;

    private record Key(Path file, long size, FileTime modified, Object identity, int inputs, int outputs,
                       CsvColumns columns, List<String> classes) {
    }

    private static final Map<Key, SoftReference<Dataset>> READ = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<Dataset>> eldest) {
            return size() > KEPT;
        }
    };

    private ReadFiles() {
    }

    /** {@link CsvReader#read(Path, int, int, CsvColumns, List)}, or the data set it gave for the same file unchanged. */
    static Dataset read(Path file, int inputs, int outputs, CsvColumns columns, List<String> classes)
            throws DataException, IOException {
        Key key = key(file, inputs, outputs, columns, classes);
        synchronized (READ) {
            SoftReference<Dataset> kept = READ.get(key);
            Dataset data = kept == null ? null : kept.get();
            if (data != null) {
                return data;
            }
        }
        Dataset data = CsvReader.read(file, inputs, outputs, columns, classes);
        if (key.equals(key(file, inputs, outputs, columns, classes))) { // not changed while it was read
            synchronized (READ) {
                READ.put(key, new SoftReference<>(data));
            }
        }
        return data;
    }

    private static Key key(Path file, int inputs, int outputs, CsvColumns columns, List<String> classes)
            throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Key(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime(),
                attributes.fileKey(), inputs, outputs, columns, List.copyOf(classes));
    }
}
