package dev.nnc.compiler.page;

import dev.nnc.compiler.explain.NetworkPicture;
import java.util.ArrayList;
import java.util.List;

/** The diagram's text alternative: the columns, their neurons and values, and the weights (all, or how many). */
final class Description {
    /** Weights listed one by one up to this many. */
    private static final int LISTED = 60;

    private Description() {
    }

    static String of(NetworkPicture picture) {
        List<String> parts = new ArrayList<>();
        for (NetworkPicture.Column column : picture.columns()) {
            List<String> neurons = new ArrayList<>();
            for (NetworkPicture.Neuron n : column.neurons().subList(0, Math.min(column.neurons().size(), LISTED))) {
                neurons.add(n.values().isEmpty() ? n.name() : n.name() + " (" + String.join(", ", n.values()) + ")");
            }
            String more = column.neurons().size() > LISTED ? " and " + (column.neurons().size() - LISTED) + " more" : "";
            String bias = column.bias().map(b -> "; bias " + b.name() + " = " + b.value()).orElse("");
            parts.add(column.title() + ": " + String.join(", ", neurons) + more + bias + ".");
        }
        if (picture.weightCount() <= LISTED) {
            List<String> weights = new ArrayList<>();
            for (NetworkPicture.Edge e : picture.edges()) {
                weights.add(e.name() + " from " + picture.columns().get(e.column() - 1).neurons().get(e.from()).name()
                        + " to " + picture.columns().get(e.column()).neurons().get(e.to()).name() + " = " + e.text());
            }
            parts.add("Weights: " + String.join("; ", weights) + ".");
        } else {
            parts.add(picture.weightCount() + " weights.");
        }
        picture.loss().ifPresent(loss -> parts.add("Loss: " + loss + "."));
        return "The network " + picture.name() + ". " + String.join(" ", parts);
    }
}
