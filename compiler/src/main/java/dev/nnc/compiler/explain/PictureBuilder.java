package dev.nnc.compiler.explain;

import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Makes the {@link NetworkPicture} of a network: with the numbers of its first step, or with parameters only. */
final class PictureBuilder {
    private final Network model;
    private final Symbols s;

    PictureBuilder(Network model) {
        this.model = model;
        this.s = new Symbols(model);
    }

    /** The picture of the worked step: values forward, deltas backward, each weight before and after. */
    NetworkPicture worked(Context c) {
        FirstStep step = c.step();
        List<NetworkPicture.Column> columns = new ArrayList<>();
        List<NetworkPicture.Neuron> inputs = new ArrayList<>();
        double[] x = step.input(0);
        for (int i = 0; i < model.input().size(); i++) {
            inputs.add(new NetworkPicture.Neuron(model.input().name() + (i + 1), List.of(Num.plain(x[i]))));
        }
        columns.add(new NetworkPicture.Column(inputTitle(), inputs, Optional.empty()));
        double[] t = step.data().target(0);
        for (int l = 0; l < model.layers().size(); l++) {
            LayerNodes nodes = c.nodes(l);
            List<NetworkPicture.Neuron> neurons = new ArrayList<>();
            for (int j = 0; j < c.layer(l).size(); j++) {
                List<String> values = new ArrayList<>();
                perNeuronBias(l, j).ifPresent(b -> values.add(s.paramName(b) + " " + Num.plain(step.param(b))
                        + (step.trainable(b) ? " → " + Num.plain(step.after(b)) : "")));
                values.add("net " + Num.plain(step.value(nodes.net().get(j))));
                values.add("out " + Num.plain(step.value(nodes.out().get(j))));
                if (c.isOutput(l)) {
                    values.add("target " + Num.plain(t[j]));
                }
                values.add("δ " + Num.plain(step.adjoint(nodes.net().get(j))));
                neurons.add(new NetworkPicture.Neuron(s.neuron(l, j), values));
            }
            columns.add(new NetworkPicture.Column(layerTitle(l), neurons, bias(l, p -> Num.plain(step.param(p))
                    + (step.trainable(p) ? " → " + Num.plain(step.after(p)) : ", frozen"))));
        }
        List<NetworkPicture.Edge> edges = edges(p -> step.param(p),
                p -> Num.plain(step.param(p)) + (step.trainable(p) ? " → " + Num.plain(step.after(p)) : ""));
        String loss = Symbols.LOSS.replace("{", "").replace("}", "") + " = " + Num.plain(step.lossBefore())
                + " → " + Num.plain(step.lossAfter()) + " after one step";
        return new NetworkPicture(model.name(), columns, edges, Optional.of(loss));
    }

    /** The picture with parameters {@code params} (weights, then biases) and no sample. */
    NetworkPicture plain(double[] params) {
        List<NetworkPicture.Column> columns = new ArrayList<>();
        List<NetworkPicture.Neuron> inputs = new ArrayList<>();
        for (int i = 0; i < model.input().size(); i++) {
            inputs.add(new NetworkPicture.Neuron(model.input().name() + (i + 1), List.of()));
        }
        columns.add(new NetworkPicture.Column(inputTitle(), inputs, Optional.empty()));
        for (int l = 0; l < model.layers().size(); l++) {
            List<NetworkPicture.Neuron> neurons = new ArrayList<>();
            for (int j = 0; j < model.layers().get(l).size(); j++) {
                neurons.add(new NetworkPicture.Neuron(s.neuron(l, j), perNeuronBias(l, j).stream()
                        .mapToObj(b -> s.paramName(b) + " " + Num.plain(params[b])).toList()));
            }
            columns.add(new NetworkPicture.Column(layerTitle(l), neurons, bias(l, p -> Num.plain(params[p]))));
        }
        return new NetworkPicture(model.name(), columns, edges(p -> params[p], p -> Num.plain(params[p])),
                Optional.empty());
    }

    private String inputTitle() {
        return "input " + model.input().name();
    }

    private String layerTitle(int l) {
        Layer layer = model.layers().get(l);
        return "layer " + layer.name() + ", " + layer.activation().spelling();
    }

    private List<NetworkPicture.Edge> edges(java.util.function.IntToDoubleFunction value,
                                            java.util.function.IntFunction<String> text) {
        List<NetworkPicture.Edge> edges = new ArrayList<>();
        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.fanIn(); i++) {
                    int w = s.weight(l, j, i);
                    edges.add(new NetworkPicture.Edge(l + 1, i, j, s.paramName(w), value.applyAsDouble(w), text.apply(w)));
                }
            }
        }
        return edges;
    }

    /** Neuron {@code j}'s own bias, when the layer has one per neuron. */
    private OptionalInt perNeuronBias(int l, int j) {
        return model.layers().get(l).bias().mode() == BiasMode.SHARED ? OptionalInt.empty() : s.bias(l, j);
    }

    private Optional<NetworkPicture.Bias> bias(int l, java.util.function.IntFunction<String> text) {
        BiasMode mode = model.layers().get(l).bias().mode();
        OptionalInt first = s.bias(l, 0);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int p = first.getAsInt();
        if (mode == BiasMode.SHARED) {
            return Optional.of(new NetworkPicture.Bias(s.paramName(p), text.apply(p), true));
        }
        int size = model.layers().get(l).size();
        String names = size == 1 ? s.paramName(p) : s.paramName(p) + "–" + s.paramName(p + size - 1);
        return Optional.of(new NetworkPicture.Bias(names, "one per neuron", false));
    }
}
