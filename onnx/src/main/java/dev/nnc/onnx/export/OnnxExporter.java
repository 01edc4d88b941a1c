package dev.nnc.onnx.export;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Precision;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.OperatorSetIdProto;
import dev.nnc.onnx.proto.OnnxModel.StringStringEntryProto;
import dev.nnc.onnx.proto.OnnxModel.TensorShapeProto;
import dev.nnc.onnx.proto.OnnxModel.TypeProto;
import dev.nnc.onnx.proto.OnnxModel.ValueInfoProto;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.runtime.BiasMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked network with its parameters as an ONNX model: input {@code x} of shape [batch, N], output
 * {@code y} of shape [batch, M]; the input normalisation as {@code Sub} and {@code Div} when the network
 * normalises; per layer a {@code Gemm} (weights [out, in] with {@code transB = 1}, the bias as C) and
 * its activation ({@link ActivationNodes}). The same arguments always give the same bytes.
 */
public final class OnnxExporter {
    /** The operator set the models use. */
    public static final int OPSET = 13;
    /** The IR version of opset 13 (ONNX 1.8). */
    public static final int IR_VERSION = 7;
    /** The graph's input. */
    public static final String INPUT = "x";
    /** The graph's output. */
    public static final String OUTPUT = "y";

    private OnnxExporter() {
    }

    /** {@code compiled}'s network in its precision, with the parameters and normalisation {@code net} holds now. */
    public static ModelProto export(CompiledNetwork compiled, dev.nnc.runtime.Network net, ExportMetadata metadata) {
        Network model = compiled.model();
        Optional<InputScaling> scaling = model.input().normalize() ? Optional.of(InputScaling.of(net)) : Optional.empty();
        return export(model, net.parameters(), scaling, model.precision(), metadata);
    }

    /**
     * {@code model} with {@code parameters} (nnc's numbering: w1..wN, destination outer and source inner,
     * then b1..bM) and, when the network normalises its inputs, {@code scaling}, in {@code precision}.
     *
     * @throws IllegalArgumentException when the parameters or the scaling do not fit the network
     */
    public static ModelProto export(Network model, double[] parameters, Optional<InputScaling> scaling,
                                    Precision precision, ExportMetadata metadata) {
        int expected = model.weightCount() + model.biasCount();
        if (parameters.length != expected) {
            throw new IllegalArgumentException(model.name() + " has " + expected + " parameters, not " + parameters.length);
        }
        if (model.input().normalize() && scaling.isEmpty()) {
            throw new IllegalArgumentException(model.name() + " normalises its inputs: give the statistics");
        }
        GraphBuilder g = new GraphBuilder(precision);
        String current = INPUT;
        if (model.input().normalize()) {
            current = normalize(g, scaling.get(), model.input().size(), current);
        }
        for (int l = 0; l < model.layers().size(); l++) {
            current = layer(g, model, l, parameters, current, l == model.layers().size() - 1);
        }
        if (!current.equals(OUTPUT)) {
            // a network without layers cannot be checked, so this does not happen; keep the graph valid anyway
            current = g.node("output", "Identity", OUTPUT, List.of(current));
        }
        int elementType = g.elementType();
        GraphProto graph = GraphProto.newBuilder().setName(model.name())
                .setDocString("nnc network " + model.name() + " from " + metadata.sourceName())
                .addAllNode(g.nodes()).addAllInitializer(g.initializers())
                .addInput(tensor(INPUT, elementType, model.input().size()))
                .addOutput(tensor(OUTPUT, elementType, model.output().size())).build();
        ModelProto.Builder onnx = ModelProto.newBuilder().setIrVersion(IR_VERSION).setProducerName("nnc")
                .setProducerVersion(NncCompiler.VERSION).setModelVersion(1)
                .setDocString("Exported by nnc " + NncCompiler.VERSION + " from " + metadata.sourceName()
                        + " (" + precision.spelling() + ")")
                .setGraph(graph).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET));
        for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
            onnx.addMetadataProps(StringStringEntryProto.newBuilder().setKey(entry.getKey()).setValue(entry.getValue()));
        }
        onnx.addMetadataProps(StringStringEntryProto.newBuilder().setKey(ExportMetadata.PREFIX + "precision")
                .setValue(precision.spelling()));
        if (model.input().normalize()) {
            onnx.addMetadataProps(StringStringEntryProto.newBuilder().setKey(ExportMetadata.PREFIX + "normalization")
                    .setValue(model.input().scaling().spelling()));
        }
        return onnx.build();
    }

    /** {@code (x - mean) / std}, std 0 taken as 1. */
    private static String normalize(GraphBuilder g, InputScaling scaling, int inputs, String x) {
        if (scaling.mean().length != inputs) {
            throw new IllegalArgumentException(inputs + " inputs, but statistics for " + scaling.mean().length);
        }
        String mean = g.constant("normalize.mean", scaling.mean(), inputs);
        String std = g.constant("normalize.std", scaling.std(), inputs);
        String centred = g.node("normalize/Sub", "Sub", "normalize/centred", List.of(x, mean));
        return g.node("normalize/Div", "Div", "normalize/scaled", List.of(centred, std));
    }

    /** Layer {@code l}'s Gemm and activation; returns the name of its output. */
    private static String layer(GraphBuilder g, Network model, int l, double[] parameters, String in, boolean last) {
        Layer layer = model.layers().get(l);
        String name = layer.name();
        int weights = model.weightOffset(l);
        double[] w = Arrays.copyOfRange(parameters, weights, weights + layer.size() * layer.fanIn());
        String weight = g.constant(name + ".weight", w, layer.size(), layer.fanIn());
        int biases = model.weightCount() + model.biasOffset(l);
        List<String> inputs = switch (layer.bias().mode()) {
            case NONE -> List.of(in, weight);
            case SHARED -> {
                double[] b = new double[layer.size()];
                Arrays.fill(b, parameters[biases]);
                yield List.of(in, weight, g.constant(name + ".bias", b, layer.size()));
            }
            case PER_NEURON -> List.of(in, weight, g.constant(name + ".bias",
                    Arrays.copyOfRange(parameters, biases, biases + BiasMode.PER_NEURON.count(layer.size())), layer.size()));
        };
        boolean linear = layer.activation() == dev.nnc.runtime.Activation.LINEAR;
        String net = g.node(name, "Gemm", last && linear ? OUTPUT : name + "/net", inputs, GraphBuilder.intAttribute("transB", 1));
        return ActivationNodes.write(g, name, layer.activation(), layer.alpha(), net, last ? OUTPUT : name + "/out");
    }

    /** A tensor of the element type with shape [batch, size]. */
    private static ValueInfoProto tensor(String name, int elementType, int size) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(size)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(elementType).setShape(shape))).build();
    }
}
