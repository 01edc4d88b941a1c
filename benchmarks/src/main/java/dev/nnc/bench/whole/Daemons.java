package dev.nnc.bench.whole;

import java.util.List;

/** nnc's daemon in a measurement: started and ready before the timed runs, stopped after them. */
final class Daemons {
    private static final long READY_MILLIS = 120_000;

    private Daemons() {
    }

    /**
     * Runs {@code command} (an {@code ./nnc} command a daemon serves) until the daemon that its first run
     * starts has served one, so that the timed runs find it ready; at most two minutes.
     */
    static void ready(Processes daemon, List<String> command) {
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        List<String> status = List.of(command.get(0), "daemon");
        while (System.currentTimeMillis() < deadline) {
            daemon.run(command).requireSuccess(String.join(" ", command));
            if (daemon.run(status).output().matches("(?s).*[1-9][0-9]* runs? served.*")) {
                return;
            }
            sleep();
        }
        throw new IllegalStateException("nnc's daemon did not start within two minutes: " + String.join(" ", command));
    }

    /** Stops the daemons of {@code daemon}'s folder. */
    static void stop(Processes daemon, String nnc) {
        daemon.run(List.of(nnc, "daemon", "stop"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
