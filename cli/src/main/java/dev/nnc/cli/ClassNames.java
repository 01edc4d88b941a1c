package dev.nnc.cli;

import dev.nnc.runtime.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a classifier's classes, wherever the commands print or write them (evaluate, predict,
 * the test metrics of train): the one place that decides them.
 */
final class ClassNames {
    private ClassNames() {
    }

    /**
     * One name per class of {@code net}: the names of its training data's labels when it was trained
     * on label data, else "0".."k-1", two for one output (0 and 1), else one per output.
     */
    static List<String> of(Network net) {
        if (net.classNames().length > 0) {
            return List.of(net.classNames());
        }
        int classes = net.outputCount() == 1 ? 2 : net.outputCount();
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }
}
