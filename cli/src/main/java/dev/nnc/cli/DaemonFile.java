package dev.nnc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The file {@code KEY.port} by which the launcher finds a {@link Daemon}: its port and token on one line,
 * readable by its user only, in a folder only its user may enter. {@code KEY.lock}, a folder the
 * launcher makes before it starts a daemon, keeps a second launcher from starting another meanwhile.
 */
record DaemonFile(Path path) {
    /** What a daemon's file says: where it listens and the token it asks for. */
    record Address(int port, String token) {
    }

    /** A new random token, 128 bits in hex. */
    static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes {@code port} and {@code token}, whole or not at all (a temporary file renamed over it). */
    void publish(int port, String token) throws IOException {
        Path part = path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            Files.deleteIfExists(part);
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(part);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create " + part, e);
        }
        Files.writeString(part, port + " " + token + "\n", StandardCharsets.US_ASCII);
        Files.move(part, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the file if it still names the daemon of {@code token} (a newer one may have replaced it). */
    void withdraw(String token) {
        if (read().filter(address -> address.token().equals(token)).isPresent()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // the launcher finds the port closed and starts another daemon
            }
        }
    }

    /** Removes the launcher's {@code KEY.lock} folder, once this daemon started or failed to. */
    void unlock() {
        String name = path.getFileName().toString();
        try {
            Files.deleteIfExists(path.resolveSibling(name.substring(0, name.length() - ".port".length()) + ".lock"));
        } catch (IOException e) {
            // the launcher treats a lock older than two minutes as stale
        }
    }

    /** The port and token, when the file exists and reads as one line of them. */
    Optional<Address> read() {
        try {
            String[] parts = Files.readString(path, StandardCharsets.US_ASCII).strip().split(" ");
            return parts.length == 2 ? Optional.of(new Address(Integer.parseInt(parts[0]), parts[1])) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The daemons' files in {@code folder}, by name. */
    static List<DaemonFile> in(Path folder) throws IOException {
        List<DaemonFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.port")) {
            entries.forEach(entry -> files.add(new DaemonFile(entry)));
        }
        files.sort(java.util.Comparator.comparing(file -> file.path().getFileName().toString()));
        return files;
    }
}
