package dev.nnc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * nnc's resident JVM: started in the background by the {@code nnc} launcher after a run, in that run's
 * folder, it serves the launcher's later runs from the same folder, so they skip the JVM's start, the
 * loading of nnc's classes and the JIT's warm-up: their generated classes run compiled from the first
 * epoch on. One run at a time; a launcher that finds it busy runs nnc itself. It answers only on the
 * loopback address and only to a client that shows the token of its {@link DaemonFile} (readable by its
 * user alone), stops after {@code idle} seconds without a run, when its jar is rebuilt, when told to
 * ({@code nnc daemon stop}) and, with exit code 130, when the client of a run goes away (Ctrl-C).
 *
 * <p>The protocol (NUL-terminated UTF-8 fields, {@link DaemonRequest}): the client sends the token and
 * a verb; for {@code run}, also its folder, the named pipes that its standard output and error read
 * from, whether its standard error is a terminal, the terminal's width, its {@code XDG_CACHE_HOME} and
 * the arguments. The daemon answers one line, {@code ok} or {@code busy}; a run ({@link DaemonRun})
 * writes its output to the pipes, closes them and answers {@code exit N}.
 */
public final class Daemon {
    /** How long an idle daemon waits before it frees memory it no longer uses. */
    private static final long TIDY_MILLIS = 3_000;
    /** How long a client may take to send its request. */
    private static final int REQUEST_MILLIS = 10_000;

    private final DaemonFile file;
    private final ServerSocket server;
    private final String token;
    private final Path jar;
    private final FileTime built;
    private final long idleMillis;
    private final Path folder = Path.of("").toAbsolutePath();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long lastRun = System.currentTimeMillis();
    private volatile boolean tidy = true;
    private volatile int served;

    private Daemon(DaemonFile file, Path jar, long idleMillis) throws IOException {
        this.file = file;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.token = DaemonFile.newToken();
        this.jar = jar;
        this.built = Files.getLastModifiedTime(jar);
        this.idleMillis = idleMillis;
    }

    /** {@code Daemon FILE.port JAR IDLE_SECONDS}: warms up, publishes its port and serves until idle. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Daemon FILE.port JAR IDLE_SECONDS");
            System.exit(2);
        }
        DaemonFile file = new DaemonFile(Path.of(args[0]));
        Daemon daemon;
        try {
            // the launcher's lock stays until the port is published: runs meanwhile start no second daemon
            daemon = new Daemon(file, Path.of(args[1]), Long.parseLong(args[2]) * 1000);
            DaemonWarmUp.run();
            System.gc();
            daemon.file.publish(daemon.server.getLocalPort(), daemon.token);
        } finally {
            file.unlock();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> daemon.file.withdraw(daemon.token)));
        daemon.serve();
        System.exit(0);
    }

    /** Accepts clients until idle for {@link #idleMillis}, or told to stop. */
    private void serve() throws IOException {
        server.setSoTimeout((int) Math.min(TIDY_MILLIS, idleMillis));
        while (true) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (SocketTimeoutException e) {
                if (busy.get()) {
                    continue;
                }
                long idle = System.currentTimeMillis() - lastRun;
                if (idle >= idleMillis) {
                    return;
                }
                if (!tidy && idle >= TIDY_MILLIS) {
                    System.gc(); // the serial collector gives the heap a run grew back to the system
                    tidy = true;
                }
                continue;
            }
            if (!answer(socket)) {
                return;
            }
        }
    }

    /**
     * Reads and answers one client; false when the daemon should stop. A run the daemon takes goes to a
     * thread of its own, which answers {@code ok}; anything else is answered here.
     */
    private boolean answer(Socket socket) {
        DaemonRequest request;
        try {
            socket.setSoTimeout(REQUEST_MILLIS);
            request = DaemonRequest.read(socket.getInputStream(), token);
        } catch (IOException | RuntimeException e) {
            close(socket);
            return true;
        }
        boolean rebuilt = rebuilt();
        if (request.verb().equals("run") && !rebuilt && request.folder().equals(folder.toString())
                && busy.compareAndSet(false, true)) {
            tidy = false;
            new Thread(() -> run(socket, request), "nnc-run").start();
            return true;
        }
        try {
            switch (request.verb()) {
                case "status" -> reply(socket, String.format("%d %s %d %s%n", ProcessHandle.current().pid(),
                        busy.get() ? "running" : "idle", served, folder));
                case "stop" -> reply(socket, "stopping\n");
                case "run" -> reply(socket, "busy\n");
                default -> {
                    // not a verb of this daemon: no answer
                }
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            close(socket);
        }
        return switch (request.verb()) {
            case "stop" -> false;
            case "status", "run" -> !rebuilt;
            default -> true;
        };
    }

    /** Serves {@code request} on {@code socket}, after telling the client that it is taken. */
    private void run(Socket socket, DaemonRequest request) {
        try {
            reply(socket, "ok\n");
            DaemonRun.serve(socket, request);
            served++;
        } catch (IOException e) {
            // the client went away before its run began
        } finally {
            close(socket);
            lastRun = System.currentTimeMillis();
            busy.set(false);
        }
    }

    /** Whether the jar this daemon runs was rebuilt since it started: then it stops. */
    private boolean rebuilt() {
        try {
            return !Files.getLastModifiedTime(jar).equals(built);
        } catch (IOException e) {
            return true;
        }
    }

    static void reply(Socket socket, String line) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
