package dev.nnc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a progress bar may be drawn: whether standard error is an interactive terminal, the stream to
 * draw on and its width. A run started by the launcher asks this process ({@link #system()}); a run
 * served by the {@link Daemon} is told by the launcher that started it, whose terminal it is.
 */
interface Terminal {
    /** No terminal: nothing is drawn. */
    Terminal NONE = of(false, System.err, 0);

    /** Whether a progress bar can be shown. */
    boolean interactive();

    /** The stream a bar is drawn on. */
    PrintStream stream();

    /** The terminal's width in columns, or 0 when the bar should find it out itself. */
    int width();

    /** A terminal described by its parts. */
    static Terminal of(boolean interactive, PrintStream stream, int width) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return interactive;
            }

            @Override
            public PrintStream stream() {
                return stream;
            }

            @Override
            public int width() {
                return width;
            }
        };
    }

    /**
     * This process's standard error: interactive when there is a console (standard input and output are a
     * terminal), {@code TERM} is not {@code dumb} and, where Linux lets us look, standard error is a terminal
     * too. Asked only when a bar might be drawn.
     */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
                    return false;
                }
                Path stderr = Path.of("/proc/self/fd/2");
                try {
                    String target = Files.readSymbolicLink(stderr).toString();
                    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    return true; // not Linux: trust the console
                }
            }

            @Override
            public PrintStream stream() {
                return System.err;
            }

            @Override
            public int width() {
                return 0;
            }
        };
    }
}
