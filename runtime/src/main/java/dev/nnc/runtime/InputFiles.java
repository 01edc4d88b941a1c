package dev.nnc.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reading the files nnc is given without trusting them: only regular files (not a folder, a device
 * such as {@code /dev/zero}, or a pipe that would block), and no more bytes than a stated limit.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The bytes of {@code file}, which must be a regular file of at most {@code maxBytes} bytes;
     * {@code kind} names such files in the message ("a .nn file").
     *
     * @throws FileRefusedException naming the file and why it is not read
     */
    public static byte[] read(Path file, long maxBytes, String kind) throws FileRefusedException {
        requireRegular(file);
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size, maxBytes, kind);
            }
            // it may have grown since: never read more than the limit
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw tooLarge(file, bytes.length, maxBytes, kind);
            }
            return bytes;
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new FileRefusedException(file, "cannot read (" + IoErrors.cause(e) + ")");
        }
    }

    /**
     * Nothing, when {@code file} is a regular file (or a link to one).
     *
     * @throws FileRefusedException saying what it is instead
     */
    public static void requireRegular(Path file) throws FileRefusedException {
        if (!Files.isRegularFile(file)) {
            throw new FileRefusedException(file, Files.isDirectory(file) ? "is a folder, not a file"
                    : Files.exists(file) ? "is not a regular file (a device, pipe or socket); nnc reads only files"
                    : "no such file");
        }
    }

    /** A size for people: "812 bytes", "16 MB", "3.0 GB" (powers of 1024). */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value) ? (long) value + " " + units[unit]
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static FileRefusedException tooLarge(Path file, long size, long maxBytes, String kind) {
        return new FileRefusedException(file, "is " + size(size) + "; " + kind + " may have at most " + size(maxBytes));
    }
}
