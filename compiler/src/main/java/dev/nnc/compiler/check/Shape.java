package dev.nnc.compiler.check;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.model.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A layer's size and fan-in, known once the input's and every layer's size have checked. */
record Shape(String name, int size, int fanIn) {
    /** More weights than this would not fit the lists and generated classes nnc builds. */
    static final long MAX_WEIGHTS = 10_000_000L;

    int weightCount() {
        return size * fanIn;
    }

    /** Every layer's shape, or empty when a size is unknown or the network is too large (reported). */
    static Optional<List<Shape>> of(Optional<Input> input, List<LayerDraft> layers, Problems problems) {
        if (input.isEmpty() || layers.stream().anyMatch(l -> l.size().isEmpty())) {
            return Optional.empty();
        }
        List<Shape> shapes = new ArrayList<>();
        int fanIn = input.get().size();
        long total = 0;
        for (LayerDraft layer : layers) {
            int size = layer.size().getAsInt();
            total += (long) size * fanIn;
            if (total > MAX_WEIGHTS) {
                problems.error(Code.TOO_MANY_WEIGHTS, layer.statement().size().span(), "with layer '" + layer.name()
                        + "' the network has " + total + " weights; nnc handles at most " + MAX_WEIGHTS);
                return Optional.empty();
            }
            shapes.add(new Shape(layer.name(), size, fanIn));
            fanIn = size;
        }
        return Optional.of(shapes);
    }
}
