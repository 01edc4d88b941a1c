package dev.nnc.onnx.imports;

import dev.nnc.compiler.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an {@link ImportedGraph} as a readable .nn network: a comment saying where it came from,
 * one {@code layer} per Gemm or MatMul with its activation and biases, the loss nnc chose, the
 * precision of the model's weights, and every layer's weights in nnc's numbering (one commented
 * row per destination neuron).
 */
final class NnWriter {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");
    /** The .nn language's keywords (the grammar's keyword tokens). */
    private static final Set<String> KEYWORDS = Set.of("network", "input", "normalize", "layer", "bias", "shared", "none",
            "frozen", "unroll", "loop", "loss", "weights", "init", "seed", "optimizer", "train", "epochs", "batch",
            "shuffle", "data", "test", "label", "ignore", "precision", "schedule", "validation", "split", "patience",
            "min_delta");
    /** Names the generated code numbers (w1, b1, t1, dw1, db1). */
    private static final Set<String> NUMBERED = Set.of("w", "b", "t", "dw", "db");
    private static final int PER_LINE = 8;

    /** Where the model came from, for the header comment. */
    record Provenance(String fileName, String producer, int opset, String sha256) {
    }

    private NnWriter() {
    }

    /** The loss nnc chooses for an output layer: the model has none. */
    static String loss(DenseLayer output) {
        if (output.activation().equals("softmax")) {
            return "cross_entropy";
        }
        return output.activation().equals("sigmoid") && output.size() == 1 ? "bce" : "mse";
    }

    /**
     * The .nn text of {@code graph} called {@code networkName}; with {@code onnxNames}, layers and the
     * input keep their ONNX names where those are valid nnc names, else they are l1, l2, ... and x.
     */
    static String write(ImportedGraph graph, String networkName, Provenance from, boolean onnxNames) {
        boolean dbl = graph.doublePrecision();
        List<String> names = layerNames(graph, onnxNames);
        String input = onnxNames && valid(graph.inputName()) && !names.contains(graph.inputName()) ? graph.inputName() : "x";
        DenseLayer output = graph.layers().get(graph.layers().size() - 1);
        String loss = loss(output);
        StringBuilder out = new StringBuilder();
        out.append("// Imported by nnc import from ").append(oneLine(from.fileName())).append('\n');
        out.append("// producer: ").append(oneLine(from.producer())).append(", opset ").append(from.opset()).append('\n');
        out.append("// SHA-256 of the model file: ").append(from.sha256()).append('\n');
        out.append("// The weights are the model's ").append(dbl ? "float64" : "float32")
                .append(" values, written to read back exactly; precision ").append(dbl ? "double" : "float")
                .append(" computes as the model does.\n");
        out.append("// ONNX models carry no loss: nnc chose ").append(loss).append(' ').append(lossReason(loss))
                .append("; change it before training.\n");
        out.append("network ").append(networkName).append(" {\n");
        out.append("    input ").append(input).append('[').append(graph.inputs()).append("]\n");
        for (int i = 0; i < graph.layers().size(); i++) {
            DenseLayer layer = graph.layers().get(i);
            out.append("    layer ").append(names.get(i)).append('[').append(layer.size()).append("] ")
                    .append(layer.activation());
            Optional<double[]> bias = layer.bias();
            if (bias.isEmpty()) {
                out.append(" bias none\n");
            } else {
                double[] b = bias.get();
                boolean wrap = b.length > PER_LINE;
                out.append(wrap ? " bias = [\n        " : " bias = [");
                values(out, b, 0, b.length, dbl, "        ");
                out.append(wrap ? "\n    ]\n" : "]\n");
            }
        }
        out.append("    loss ").append(loss).append('\n');
        out.append("    precision ").append(dbl ? "double" : "float").append('\n');
        for (int i = 0; i < graph.layers().size(); i++) {
            DenseLayer layer = graph.layers().get(i);
            String name = names.get(i);
            out.append("\n    weights ").append(name).append(" = [\n");
            for (int n = 0; n < layer.size(); n++) {
                out.append("        // into ").append(name).append(n + 1).append('\n');
                out.append("        ");
                values(out, layer.weights(), n * layer.fanIn(), layer.fanIn(), dbl, "        ");
                out.append(n + 1 < layer.size() ? ",\n" : "\n");
            }
            out.append("    ]\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String lossReason(String loss) {
        return switch (loss) {
            case "cross_entropy" -> "because the output layer is softmax";
            case "bce" -> "because the output is one sigmoid";
            default -> "because the output is neither softmax nor one sigmoid";
        };
    }

    private static void values(StringBuilder out, double[] values, int from, int count, boolean dbl, String indent) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(i % PER_LINE == 0 ? ",\n" + indent : ", ");
            }
            out.append(NnNumbers.of(values[from + i], dbl));
        }
    }

    private static List<String> layerNames(ImportedGraph graph, boolean onnxNames) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        boolean allValid = onnxNames;
        for (DenseLayer layer : graph.layers()) {
            allValid &= valid(layer.onnxName()) && used.add(layer.onnxName());
        }
        for (int i = 0; i < graph.layers().size(); i++) {
            names.add(allValid ? graph.layers().get(i).onnxName() : "l" + (i + 1));
        }
        return names;
    }

    /** Whether {@code name} may be an nnc layer or input name. */
    static boolean valid(String name) {
        return NAME.matcher(name).matches() && !KEYWORDS.contains(name) && !JavaNames.KEYWORDS.contains(name)
                && !name.startsWith("__") && !NUMBERED.contains(name);
    }

    /** {@code text} without line breaks, for a comment. */
    private static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " ").replace("*/", "* /");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
