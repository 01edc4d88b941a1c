package dev.nnc.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run the {@link Daemon} serves: nnc's output into the client's named pipes (one pipe for both
 * streams when the client names the same one twice: their order is kept), the progress bar on the
 * client's terminal, the client's class cache, then {@code exit N} on the socket. When the client goes
 * away before the end (Ctrl-C), the daemon stops with exit code 130, as nnc itself would.
 */
final class DaemonRun {
    private DaemonRun() {
    }

    /** Runs nnc as {@code request} says and answers its exit code on {@code socket}. */
    static void serve(Socket socket, DaemonRequest request) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(socket, running), "nnc-client");
        watcher.setDaemon(true);
        try {
            socket.setSoTimeout(0);
            watcher.start();
            int code;
            Charset charset = Charset.defaultCharset();
            boolean onePipe = request.err().equals(request.out());
            try (OutputStream outPipe = new FileOutputStream(request.out());
                 PrintStream errStream = new PrintStream(onePipe ? unclosed(outPipe)
                         : new FileOutputStream(request.err()), true, charset)) {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(outPipe), charset), true);
                PrintWriter err = new PrintWriter(errStream, true);
                Terminal terminal = Terminal.of(request.interactive(), errStream, request.width());
                CacheFolder.useCacheHome(request.cacheHome());
                code = Main.run(request.args().toArray(String[]::new), InputStream.nullInputStream(), out, err, terminal);
                out.flush();
                err.flush();
            }
            running.set(false);
            Daemon.reply(socket, "exit " + code + "\n");
        } catch (IOException | RuntimeException e) {
            running.set(false); // the client finds no exit code and says so
        } catch (Error e) {
            // a JVM that failed this way serves no more runs; the client says so and the next run starts another
            running.set(false);
            Daemon.close(socket);
            System.exit(1);
        }
    }

    /** {@code out}, except that closing it leaves {@code out} open (its owner closes it). */
    private static OutputStream unclosed(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Stops the daemon when the client of a run goes away before the run ends (as a Ctrl-C stops nnc). */
    private static void watch(Socket socket, AtomicBoolean running) {
        try {
            while (socket.getInputStream().read() >= 0) {
                // a client sends nothing more; whatever comes is ignored until the end
            }
        } catch (IOException e) {
            // closed
        }
        if (running.get()) {
            System.exit(130);
        }
    }
}
