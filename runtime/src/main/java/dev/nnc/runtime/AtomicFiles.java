package dev.nnc.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way nnc writes a file (generated sources, weights, plots, Markdown, JSON): whole or not
 * at all, and only over a regular file.
 *
 * <ul>
 *   <li>The content goes to a temporary file {@code .nnc-XXXXXX.tmp} in the target's folder (a short
 *       name, whatever the target's length), is flushed to disk, then renamed over the target, so a
 *       crash leaves the old file or the new one, never half of one.</li>
 *   <li>A target that exists must be a regular file and writable: a folder, a device such as
 *       {@code /dev/null}, a pipe or a socket is refused, and so is a read-only file. A symbolic
 *       link is followed: the file it points to is replaced and the link stays.</li>
 *   <li>A replaced file keeps its permissions; a new one is {@code rw-r--r--}.</li>
 *   <li>Temporary files of ours older than an hour (left by a killed run) are deleted from the
 *       folder before writing.</li>
 *   <li>Several files written together ({@link #writeAll}) are all checked and all written to
 *       temporary files first; only then are they renamed, so a full disk or a refused target
 *       leaves every one of them as it was.</li>
 * </ul>
 *
 * Every failure is a {@link FileRefusedException} naming the target and the cause.
 */
public final class AtomicFiles {
    /** Temporary files are named like this: never longer than the target's folder allows. */
    static final Pattern TEMPORARY = Pattern.compile("\\.nnc-[a-z0-9]{6}\\.tmp");
    /** A temporary file older than this is a leftover of a run that was killed. */
    static final Duration STALE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private AtomicFiles() {
    }

    /** One file to write: where, and what. */
    public record Output(Path target, byte[] content) {
        public Output {
            content = content.clone();
        }

        /** UTF-8 text. */
        public static Output of(Path target, String text) {
            return new Output(target, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}. */
    public static void write(Path target, String text) throws FileRefusedException {
        writeAll(List.of(Output.of(target, text)));
    }

    /** Writes {@code content} to {@code target}. */
    public static void write(Path target, byte[] content) throws FileRefusedException {
        writeAll(List.of(new Output(target, content)));
    }

    /**
     * Nothing, when {@code target} could be written (it is absent or a writable regular file, or a
     * link to one). Commands call it before long work, so that a wrong target fails at once.
     */
    public static void check(Path target) throws FileRefusedException {
        resolve(target);
    }

    /** Writes every output, or none of them (up to the final renames, which do not fail in practice). */
    public static void writeAll(List<Output> outputs) throws FileRefusedException {
        List<Path> targets = new ArrayList<>();
        for (Output output : outputs) {
            targets.add(resolve(output.target()));
        }
        List<Path> temporaries = new ArrayList<>();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                temporaries.add(temporary(outputs.get(i).target(), targets.get(i), outputs.get(i).content()));
            }
            for (int i = 0; i < outputs.size(); i++) {
                rename(outputs.get(i).target(), temporaries.get(i), targets.get(i));
            }
        } finally {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a leftover is deleted by the next run
                }
            }
        }
    }

    /** The file to replace: {@code target}, or where its links lead. */
    private static Path resolve(Path target) throws FileRefusedException {
        Path absolute;
        try {
            absolute = target.toAbsolutePath();
        } catch (InvalidPathException | java.io.IOError e) {
            throw new FileRefusedException(target, "cannot write (not a valid file name)");
        }
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new FileRefusedException(target, "cannot write (a folder, not a file name)");
        }
        if (Files.isSymbolicLink(absolute)) {
            try {
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                throw new FileRefusedException(target, "is a symbolic link to a file that does not exist ("
                        + IoErrors.cause(e) + "); nnc does not create files through links");
            }
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(absolute)) {
                throw new FileRefusedException(target, "is a folder, not a file");
            }
            if (!Files.isRegularFile(absolute)) {
                throw new FileRefusedException(target,
                        "is not a regular file (a device, pipe or socket); nnc replaces only regular files");
            }
            if (isReadOnly(absolute)) {
                throw new FileRefusedException(target, "is read-only; nnc does not replace it (make it writable,"
                        + " or write elsewhere)");
            }
        }
        Path folder = absolute.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileRefusedException(target, "cannot write (" + folder + " is not a folder)");
        }
        return absolute;
    }

    /** Not writable by us, or with no write permission for anyone (which root would ignore). */
    private static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The content in a new temporary file beside {@code file}, on disk, with the permissions {@code file} will have. */
    private static Path temporary(Path given, Path file, byte[] content) throws FileRefusedException {
        Path folder = file.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            deleteStale(folder);
            temporary = create(folder);
            setPermissions(temporary, file);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return temporary;
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the next run deletes it
                }
            }
            throw new FileRefusedException(given, "cannot write (" + IoErrors.cause(e) + ")");
        }
    }

    private static Path create(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            StringBuilder name = new StringBuilder(".nnc-");
            for (int i = 0; i < 6; i++) {
                name.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            }
            Path temporary = folder.resolve(name.append(".tmp").toString());
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions; a new one is readable by all, like any file the user writes. */
    private static void setPermissions(Path temporary, Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(file)
                    ? Files.getPosixFilePermissions(file) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the temporary file already has the usual permissions
        }
    }

    private static void rename(Path given, Path temporary, Path file) throws FileRefusedException {
        try {
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new FileRefusedException(given, "cannot write (" + IoErrors.cause(e) + ")");
        }
    }

    /** Deletes our temporary files that a killed run left in {@code folder}; never fails. */
    static void deleteStale(Path folder) {
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".nnc-*.tmp")) {
            for (Path entry : entries) {
                if (TEMPORARY.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write goes on
        }
    }
}
