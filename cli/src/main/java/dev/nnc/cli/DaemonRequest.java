package dev.nnc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client asks the {@link Daemon}: a verb ({@code run}, {@code status} or {@code stop}) and, to run
 * nnc, the client's folder, the named pipes of its standard output and error, whether its standard error
 * is an interactive terminal and how wide, its {@code XDG_CACHE_HOME} (the class cache's folder), and the
 * arguments. On the wire each field ends with a NUL byte (arguments never contain one):
 * {@code TOKEN VERB [FOLDER OUT ERR TTY WIDTH XDG_CACHE_HOME N ARG...]}.
 */
record DaemonRequest(String verb, String folder, String out, String err, boolean interactive, int width,
                     String cacheHome, List<String> args) {
    /** The most a request may hold, in bytes. */
    static final int LIMIT = 1 << 20;

    DaemonRequest {
        args = List.copyOf(args);
    }

    /** Reads a request from {@code in}; an IOException when it lacks {@code token} or is malformed. */
    static DaemonRequest read(InputStream in, String token) throws IOException {
        Fields fields = new Fields(in);
        if (!MessageDigest.isEqual(fields.next().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new IOException("wrong token");
        }
        String verb = fields.next();
        if (!verb.equals("run")) {
            return new DaemonRequest(verb, "", "", "", false, 0, "", List.of());
        }
        String folder = fields.next();
        String out = fields.next();
        String err = fields.next();
        boolean interactive = fields.next().equals("1");
        int width = fields.number();
        String cacheHome = fields.next();
        int count = fields.number();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(fields.next());
        }
        return new DaemonRequest(verb, folder, out, err, interactive, width, cacheHome, args);
    }

    /** The NUL-terminated fields of a request, at most {@link #LIMIT} bytes in all. */
    private static final class Fields {
        private final InputStream in;
        private int read;

        Fields(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0 || ++read > LIMIT) {
                    throw new IOException("truncated or oversized request");
                }
                field.write(b);
            }
            read++;
            return field.toString(StandardCharsets.UTF_8);
        }

        int number() throws IOException {
            String text = next();
            try {
                int value = text.isEmpty() ? 0 : Integer.parseInt(text);
                if (value < 0) {
                    throw new IOException("negative number in request");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IOException("not a number in request: " + text, e);
            }
        }
    }
}
