package dev.nnc.cli;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.runtime.ProfilePriming;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What a command that trains will need, made ready on a second core while the first reads the
 * command line: the parser's tables and the checker (by checking a small network), the profile of
 * the functions a network's forward pass calls ({@link ProfilePriming}), and {@link String#format},
 * whose first call costs tens of milliseconds. All of it is done once per JVM, on a daemon thread;
 * nothing it does changes a result, only when the work of first use happens.
 */
final class WarmUp {
    /** The commands that parse a network and train or evaluate it. */
    private static final Set<String> TRAINING = Set.of("train", "sweep", "evaluate", "bench");
    private static final String NETWORK = """
            network WarmUp {
                input x[2]
                layer h[3] tanh
                layer y[2] softmax
                loss cross_entropy
                weights init xavier seed = 1
                optimizer adam(rate = 0.01)
                train epochs = 1 batch = 2 shuffle seed = 1
                data {
                    [0, 0] -> [1, 0]
                    [1, 1] -> [0, 1]
                }
            }
            """;
    private static boolean started;

    private WarmUp() {
    }

    /** Starts warming up when {@code args} name a command that trains; at most once. */
    static synchronized void startFor(String[] args) {
        if (started || args.length == 0 || !TRAINING.contains(args[0])) {
            return;
        }
        started = true;
        Thread thread = new Thread(WarmUp::run, "nnc-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        Frontend.analyze(new SourceFile("warm-up.nn", Path.of("warm-up.nn"), NETWORK));
        ProfilePriming.prime();
        String.format(Locale.ROOT, "%s %d %.2f%%", "", 1, 1.0);
    }
}
