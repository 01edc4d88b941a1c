package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.page.TrainingHistory;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code explain --html --epochs N}: trains a fresh instance of the generated class and records the loss and a few weights. */
final class PageHistory {
    /** The most weights the page follows. */
    static final int CHOSEN = 4;

    private PageHistory() {
    }

    /**
     * {@code net} (fresh) trained for {@code epochs} epochs on {@code data} with the network's own
     * plan; throws the runtime's {@code TrainingDiverged} when training diverges.
     */
    static TrainingHistory train(CompiledNetwork network, Network net, Dataset data, int epochs) {
        List<Integer> chosen = chosen(network);
        List<Double> loss = new ArrayList<>();
        List<List<Double>> weights = new ArrayList<>();
        weights.add(pick(net.parameters(), chosen));
        Trainer.train(net, data, network.model().training().withEpochs(epochs), (epoch, meanLoss) -> {
            loss.add(meanLoss);
            weights.add(pick(net.parameters(), chosen));
        });
        List<String> names = chosen.stream().map(p -> net.parameterNames()[p]).toList();
        return new TrainingHistory(loss, names, weights);
    }

    /** The first weight of each layer and the last weight of the network, at most {@link #CHOSEN}. */
    static List<Integer> chosen(CompiledNetwork network) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int l = 0; l < network.model().layers().size() && chosen.size() < CHOSEN - 1; l++) {
            chosen.add(network.model().weightOffset(l));
        }
        chosen.add(network.model().weightCount() - 1);
        return List.copyOf(chosen);
    }

    private static List<Double> pick(double[] parameters, List<Integer> chosen) {
        return chosen.stream().map(p -> parameters[p]).toList();
    }
}
