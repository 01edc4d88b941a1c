package dev.nnc.cli;

import dev.nnc.runtime.TrainingDiverged;
import java.util.LinkedHashMap;
import java.util.Map;

/** How nnc reports training that diverged: the runtime's where and what, and the likely cause. */
final class Divergence {
    private Divergence() {
    }

    /**
     * {@code training diverged at epoch 37, sample 1: the loss became infinite (the learning rate 0.05
     * is probably too high; try --rate 0.005)}.
     */
    static String message(TrainingDiverged diverged, double rate) {
        return diverged.getMessage() + " (the learning rate " + Numbers.plain(rate) + " is probably too high; try --rate "
                + Numbers.plain(Numbers.tenth(rate)) + ")";
    }

    /**
     * The {@code train --json} object of a run that diverged: an {@code "error"}, where and what
     * ({@code "diverged"}), and what was known by then.
     */
    static Map<String, Object> json(TrainingRun run, int epochs, int samples) {
        TrainingDiverged diverged = run.diverged().orElseThrow();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", run.net().name());
        json.put("rate", run.rate());
        json.put("error", message(diverged, run.rate()));
        json.put("diverged", where(diverged));
        json.put("epochs", epochs);
        json.put("epochs_completed", diverged.epochsCompleted());
        json.put("samples", samples);
        json.put("initial_loss", Json.number(diverged.initialLoss()));
        json.put("loss_history", Json.numbers(diverged.lossHistory()));
        Json.putEvery(json, diverged.lossHistoryEvery());
        run.testLossHistory().ifPresent(h -> json.put("test_loss_history", Json.numbers(h)));
        return json;
    }

    private static Map<String, Object> where(TrainingDiverged diverged) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("epoch", diverged.epoch());
        if (diverged.sample() > 0) {
            json.put("sample", diverged.sample());
        }
        json.put("quantity", diverged.quantity());
        json.put("value", Double.toString(diverged.value()));
        return json;
    }
}
