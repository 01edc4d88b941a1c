package dev.nnc.compiler.explain;

import java.util.List;
import java.util.Optional;

/**
 * What the diagram of a network shows, before any layout: its columns of neurons (the inputs, then
 * each layer) with their names and, for a worked step, their values on the first sample; every
 * weight with its name, value and value after one step; each layer's bias; and the loss. Numbers
 * are text already, written as the explanation writes them, so that the picture and the equations
 * agree digit for digit.
 */
public record NetworkPicture(String name, List<Column> columns, List<Edge> edges, Optional<String> loss) {
    public NetworkPicture {
        columns = List.copyOf(columns);
        edges = List.copyOf(edges);
    }

    /** The inputs (column 0) or a layer: its title ({@code layer h, sigmoid}), neurons and bias. */
    public record Column(String title, List<Neuron> neurons, Optional<Bias> bias) {
        public Column {
            neurons = List.copyOf(neurons);
        }
    }

    /**
     * One neuron: its name ({@code h1}) and the lines written beside it ({@code out 0.593269992}),
     * none when the picture has no sample.
     */
    public record Neuron(String name, List<String> values) {
        public Neuron {
            values = List.copyOf(values);
        }
    }

    /** A layer's bias: its names ({@code b1}, or {@code b1..b8}) and text ({@code 0.35, frozen}). */
    public record Bias(String name, String value, boolean shared) {
    }

    /**
     * The weight {@code name} from neuron {@code from} of column {@code column - 1} to neuron
     * {@code to} of column {@code column}, its value, and its text ({@code 0.4 → 0.35891648}).
     */
    public record Edge(int column, int from, int to, String name, double value, String text) {
    }

    /** How many weights the picture has. */
    public int weightCount() {
        return edges.size();
    }
}
