package dev.nnc.onnx.imports;

import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.proto.OnnxModel.AttributeProto;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.OperatorSetIdProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import dev.nnc.onnx.proto.OnnxModel.TensorShapeProto;
import dev.nnc.onnx.proto.OnnxModel.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the feed-forward chain of an ONNX graph into nnc layers: the graph's one input, through
 * Flatten or Reshape of it, Gemm (or MatMul then Add) each followed by at most one activation, to
 * the graph's one output. Anything else is an {@link OnnxException} naming the node, its op type
 * and what is supported.
 */
final class GraphReader {
    /** What the importer accepts, for the error messages. */
    static final String SUPPORTED = "Gemm, MatMul followed by Add, Sigmoid, Tanh, Relu, LeakyRelu, Elu, Softplus, "
            + "Softmax (last axis), Identity, and Flatten or Reshape of the input";
    static final int MIN_OPSET = 9;
    static final int MAX_OPSET = 21;
    /** More nodes than any MLP nnc compiles has (at most 1,000 layers, three nodes each). */
    static final int MAX_NODES = 10_000;

    private final GraphProto graph;
    private final int opset;
    private final Map<String, TensorProto> initializers = new HashMap<>();
    private final Map<String, TensorProto> constantNodes = new HashMap<>();
    private final Map<String, Constant> decoded = new HashMap<>();
    private final Set<Integer> weightTypes = new HashSet<>();

    private GraphReader(GraphProto graph, int opset) {
        this.graph = graph;
        this.opset = opset;
    }

    /** The layers of {@code model}, or why nnc cannot import it. */
    static ImportedGraph read(ModelProto model) throws OnnxException {
        GraphReader reader = new GraphReader(model.getGraph(), opset(model));
        return reader.read();
    }

    /** The version of the default (ai.onnx) operator set the model imports. */
    static int opset(ModelProto model) throws OnnxException {
        for (OperatorSetIdProto set : model.getOpsetImportList()) {
            if (isDefaultDomain(set.getDomain())) {
                long version = set.getVersion();
                if (version < MIN_OPSET || version > MAX_OPSET) {
                    throw new OnnxException("the model uses opset " + version + " of ai.onnx; nnc imports opsets "
                            + MIN_OPSET + " to " + MAX_OPSET);
                }
                return (int) version;
            }
        }
        throw new OnnxException("the model imports no version of the default operator set (ai.onnx); nnc imports "
                + "opsets " + MIN_OPSET + " to " + MAX_OPSET);
    }

    private static boolean isDefaultDomain(String domain) {
        return domain.isEmpty() || domain.equals("ai.onnx");
    }

    private ImportedGraph read() throws OnnxException {
        if (graph.getNodeCount() > MAX_NODES) {
            throw new OnnxException("the graph has " + graph.getNodeCount() + " nodes; nnc imports at most " + MAX_NODES);
        }
        for (TensorProto tensor : graph.getInitializerList()) {
            initializers.put(tensor.getName(), tensor);
        }
        List<Integer> computing = new ArrayList<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            if (node.getOpType().equals("Constant") && isDefaultDomain(node.getDomain())) {
                constantNodes.put(node.getOutputCount() == 1 ? node.getOutput(0) : "", constantValue(i, node));
            } else {
                computing.add(i);
            }
        }
        ValueInfoProto input = input();
        String output = output();
        List<Integer> chain = chain(computing, input.getName(), output);
        return layers(chain, input);
    }

    private TensorProto constantValue(int index, NodeProto node) throws OnnxException {
        for (AttributeProto attribute : node.getAttributeList()) {
            if (attribute.getName().equals("value") && attribute.hasT()) {
                return attribute.getT().toBuilder().setName(node.getOutputCount() == 1 ? node.getOutput(0) : "").build();
            }
        }
        throw new OnnxException(describe(index, node) + " has no tensor 'value'; nnc reads Constant nodes that hold "
                + "a tensor (the shape of a Reshape)");
    }

    private ValueInfoProto input() throws OnnxException {
        List<ValueInfoProto> inputs = graph.getInputList().stream()
                .filter(v -> !initializers.containsKey(v.getName())).toList();
        if (inputs.size() != 1) {
            throw new OnnxException("the graph has " + inputs.size() + " inputs"
                    + (inputs.isEmpty() ? "" : " (" + String.join(", ", inputs.stream().map(ValueInfoProto::getName)
                    .limit(5).toList()) + ")") + "; nnc imports networks with exactly one input");
        }
        return inputs.get(0);
    }

    private String output() throws OnnxException {
        if (graph.getOutputCount() != 1) {
            throw new OnnxException("the graph has " + graph.getOutputCount() + " outputs; nnc imports networks with "
                    + "exactly one output");
        }
        return graph.getOutput(0).getName();
    }

    /** The computing nodes from the input to the output, in order, each feeding the next only. */
    private List<Integer> chain(List<Integer> computing, String input, String output) throws OnnxException {
        Map<String, List<Integer>> consumers = new HashMap<>();
        for (int i : computing) {
            for (String value : graph.getNode(i).getInputList()) {
                if (!value.isEmpty() && !isConstant(value)) {
                    List<Integer> users = consumers.computeIfAbsent(value, v -> new ArrayList<>());
                    if (!users.contains(i)) {
                        users.add(i);
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        String current = input;
        while (!current.equals(output)) {
            List<Integer> users = consumers.getOrDefault(current, List.of());
            if (users.isEmpty()) {
                throw new OnnxException(order.isEmpty()
                        ? "the graph input '" + input + "' is not used by any node, and it is not the output '" + output + "'"
                        : "the value '" + current + "' computed by " + describe(order.get(order.size() - 1))
                        + " is used by no node and is not the graph's output '" + output + "'; nnc imports a linear chain "
                        + "of nodes from the input to the output");
            }
            if (users.size() > 1) {
                List<String> names = users.stream().limit(4).map(this::describe).toList();
                throw new OnnxException("the value '" + current + "' feeds " + users.size() + " nodes (" + String.join(", ", names)
                        + "); nnc imports a linear chain, each node feeding only the next");
            }
            int next = users.get(0);
            NodeProto node = graph.getNode(next);
            if (!visited.add(next)) {
                throw new OnnxException(describe(next) + " is reached twice: the graph has a cycle; nnc imports a linear "
                        + "chain of nodes from the input to the output");
            }
            long computedInputs = node.getInputList().stream().filter(v -> !v.isEmpty() && !isConstant(v)).count();
            if (computedInputs != 1 || node.getOutputCount() != 1) {
                throw new OnnxException(describe(next) + " takes " + computedInputs + " computed inputs and has "
                        + node.getOutputCount() + " outputs; nnc imports a linear chain, each node taking the one before "
                        + "(and constant weights) and giving one output. Supported: " + SUPPORTED);
            }
            order.add(next);
            current = node.getOutput(0);
        }
        for (int i : computing) {
            if (!visited.contains(i)) {
                throw new OnnxException(describe(i) + " is not on the chain from the input '" + input + "' to the output '"
                        + output + "'; nnc imports a linear chain of nodes");
            }
        }
        if (order.isEmpty()) {
            throw new OnnxException("the graph computes nothing (its input is its output); nnc imports at least one Gemm "
                    + "or MatMul");
        }
        return order;
    }

    private boolean isConstant(String value) {
        return initializers.containsKey(value) || constantNodes.containsKey(value);
    }

    /** The shape of the value flowing along the chain: a batch dimension or not, and the other dimensions. */
    private record Shape(boolean batch, Optional<long[]> dims) {
        /** The number of features when the dimensions are known and one-dimensional. */
        long features() {
            return dims.map(d -> d.length == 1 ? d[0] : -1L).orElse(-1L);
        }

        int rank() {
            return (batch ? 1 : 0) + dims.map(d -> d.length).orElse(1);
        }
    }

    private ImportedGraph layers(List<Integer> chain, ValueInfoProto input) throws OnnxException {
        Shape shape = inputShape(input);
        List<DenseLayer> layers = new ArrayList<>();
        boolean awaitingBias = false;
        boolean activated = false;
        int inputs = -1;
        for (int index : chain) {
            NodeProto node = graph.getNode(index);
            String op = node.getOpType();
            if (!isDefaultDomain(node.getDomain())) {
                throw unsupported(index, "its domain '" + node.getDomain() + "' is not ai.onnx");
            }
            boolean bias = awaitingBias;
            awaitingBias = false;
            switch (op) {
                case "Identity" -> awaitingBias = bias;
                case "Flatten", "Reshape" -> {
                    if (!layers.isEmpty()) {
                        throw unsupported(index, "nnc imports Flatten and Reshape of the input only, before the first "
                                + "Gemm or MatMul");
                    }
                    shape = op.equals("Flatten") ? flatten(index, node, shape) : reshape(index, node, shape);
                }
                case "Gemm", "MatMul" -> {
                    if (!layers.isEmpty() && layers.get(layers.size() - 1).activation().equals("softmax")) {
                        throw unsupported(index, "it follows a Softmax, which nnc computes only in the output layer");
                    }
                    DenseLayer layer = op.equals("Gemm") ? gemm(index, node, shape) : matMul(index, node, shape);
                    if (layers.isEmpty()) {
                        inputs = layer.fanIn();
                    }
                    layers.add(layer);
                    shape = new Shape(shape.batch(), Optional.of(new long[] {layer.size()}));
                    awaitingBias = op.equals("MatMul");
                    activated = false;
                }
                case "Add" -> {
                    if (!bias) {
                        throw unsupported(index, "nnc imports Add only as the bias right after a MatMul");
                    }
                    int last = layers.size() - 1;
                    layers.set(last, addBias(index, node, layers.get(last)));
                }
                case "Sigmoid", "Tanh", "Relu", "LeakyRelu", "Elu", "Softplus", "Softmax" -> {
                    if (layers.isEmpty()) {
                        throw unsupported(index, "an activation must follow a Gemm or MatMul (nnc has no activation of the "
                                + "input)");
                    }
                    int last = layers.size() - 1;
                    if (activated) {
                        throw unsupported(index, "layer " + (last + 1) + " already has the activation "
                                + layers.get(last).activation() + "; an nnc layer has one activation");
                    }
                    layers.set(last, layers.get(last).withActivation(activation(index, node, shape)));
                    activated = true;
                }
                default -> throw unsupported(index, "nnc does not import this op type");
            }
        }
        if (layers.isEmpty()) {
            throw new OnnxException("the graph has no Gemm or MatMul: nothing for nnc to compute. Supported: " + SUPPORTED);
        }
        if (weightTypes.size() > 1) {
            throw new OnnxException("the model mixes FLOAT and DOUBLE weights; nnc imports models whose weights are all "
                    + "one type");
        }
        boolean dbl = weightTypes.contains(Constant.DOUBLE);
        int elem = input.getType().getTensorType().getElemType();
        if (elem != 0 && elem != (dbl ? Constant.DOUBLE : Constant.FLOAT)) {
            throw new OnnxException("the input '" + input.getName() + "' is " + Constant.typeName(elem) + " but the "
                    + "weights are " + (dbl ? "DOUBLE" : "FLOAT") + "; nnc imports FLOAT or DOUBLE models of one type");
        }
        return new ImportedGraph(input.getName(), inputs, layers, dbl);
    }

    private static Shape inputShape(ValueInfoProto input) throws OnnxException {
        if (!input.getType().getTensorType().hasShape()) {
            return new Shape(true, Optional.empty());
        }
        List<TensorShapeProto.Dimension> dims = input.getType().getTensorType().getShape().getDimList();
        if (dims.isEmpty()) {
            throw new OnnxException("the input '" + input.getName() + "' is a scalar; nnc imports an input of shape "
                    + "[batch, features] or [features]");
        }
        boolean batch = dims.size() > 1;
        List<TensorShapeProto.Dimension> features = dims.subList(batch ? 1 : 0, dims.size());
        long[] known = new long[features.size()];
        for (int i = 0; i < known.length; i++) {
            TensorShapeProto.Dimension d = features.get(i);
            if (!d.hasDimValue()) {
                return new Shape(batch, Optional.empty());
            }
            if (d.getDimValue() <= 0 || d.getDimValue() > Constant.MAX_VALUES) {
                throw new OnnxException("the input '" + input.getName() + "' has the dimension " + d.getDimValue()
                        + "; nnc imports inputs of 1 to " + Constant.MAX_VALUES + " features");
            }
            known[i] = d.getDimValue();
        }
        return new Shape(batch, Optional.of(known));
    }

    private Shape flatten(int index, NodeProto node, Shape shape) throws OnnxException {
        long axis = intAttribute(index, node, "axis", 1);
        int rank = shape.rank();
        long normalized = axis < 0 ? axis + rank : axis;
        if (!shape.batch() || normalized != 1) {
            throw unsupported(index, "nnc imports Flatten that keeps the batch dimension and flattens the rest (axis 1 "
                    + "of an input [batch, ...])");
        }
        return new Shape(true, shape.dims().map(d -> new long[] {product(d)}));
    }

    private Shape reshape(int index, NodeProto node, Shape shape) throws OnnxException {
        if (node.getInputCount() < 2 || !isConstant(node.getInput(1))) {
            throw unsupported(index, "its shape is not a constant");
        }
        Constant target = constant(index, node.getInput(1), false);
        double[] t = target.values();
        String why = "nnc imports Reshape to [batch, features] (e.g. [-1, 784]) or, for an input without a batch "
                + "dimension, to [features]";
        Optional<Long> features = shape.dims().map(GraphReader::product);
        if (t.length == 2 && shape.batch()) {
            long first = (long) t[0];
            long second = (long) t[1];
            boolean batchKept = first == -1 || first == 0 || first == 1 && second != -1;
            if (batchKept && (second == -1 && first != -1 || features.isEmpty() || second == features.get())) {
                return new Shape(true, features.map(f -> new long[] {f}));
            }
        } else if (t.length == 1 && !shape.batch()) {
            long only = (long) t[0];
            if (only == -1 || features.isEmpty() || only == features.get()) {
                return new Shape(false, features.map(f -> new long[] {f}));
            }
        }
        throw unsupported(index, "the target shape " + java.util.Arrays.toString(longs(t)) + " does not give [batch, "
                + "features]; " + why);
    }

    private static long[] longs(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (long) values[i];
        }
        return out;
    }

    private static long product(long[] dims) {
        long p = 1;
        for (long d : dims) {
            p = Math.multiplyExact(p, d);
        }
        return p;
    }

    private DenseLayer gemm(int index, NodeProto node, Shape shape) throws OnnxException {
        if (!shape.batch()) {
            throw unsupported(index, "Gemm needs an input [batch, features]");
        }
        if (intAttribute(index, node, "transA", 0) != 0) {
            throw unsupported(index, "transA = 1 transposes the batch; nnc imports Gemm with transA = 0");
        }
        boolean transB = intAttribute(index, node, "transB", 0) != 0;
        double alpha = floatAttribute(index, node, "alpha", 1.0f);
        double beta = floatAttribute(index, node, "beta", 1.0f);
        if (node.getInputCount() < 2 || !node.getInput(0).equals(chainInput(node)) || !isConstant(node.getInput(1))) {
            throw unsupported(index, "nnc imports Gemm(previous value, constant weights[, constant bias])");
        }
        Constant b = constant(index, node.getInput(1), true);
        if (b.dims().length != 2) {
            throw unsupported(index, "its weights '" + b.name() + "' are not a matrix");
        }
        int fanIn = (int) (transB ? b.dims()[1] : b.dims()[0]);
        int size = (int) (transB ? b.dims()[0] : b.dims()[1]);
        checkFanIn(index, shape, fanIn);
        checkSize(index, size);
        boolean dbl = b.dataType() == Constant.DOUBLE;
        double[] weights = new double[fanIn * size];
        for (int n = 0; n < size; n++) {
            for (int k = 0; k < fanIn; k++) {
                double w = transB ? b.values()[n * fanIn + k] : b.values()[k * size + n];
                weights[n * fanIn + k] = scaled(w, alpha, dbl);
            }
        }
        Optional<double[]> bias = Optional.empty();
        if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
            if (!isConstant(node.getInput(2))) {
                throw unsupported(index, "its bias is not a constant");
            }
            bias = Optional.of(biasValues(index, constant(index, node.getInput(2), true), size, beta, dbl));
        }
        return new DenseLayer(node.getName(), fanIn, size, weights, bias, "linear");
    }

    private DenseLayer matMul(int index, NodeProto node, Shape shape) throws OnnxException {
        if (node.getInputCount() != 2 || !node.getInput(0).equals(chainInput(node)) || !isConstant(node.getInput(1))) {
            throw unsupported(index, "nnc imports MatMul(previous value, constant weights)");
        }
        Constant b = constant(index, node.getInput(1), true);
        if (b.dims().length != 2) {
            throw unsupported(index, "its weights '" + b.name() + "' are not a matrix");
        }
        int fanIn = (int) b.dims()[0];
        int size = (int) b.dims()[1];
        checkFanIn(index, shape, fanIn);
        checkSize(index, size);
        double[] weights = new double[fanIn * size];
        for (int n = 0; n < size; n++) {
            for (int k = 0; k < fanIn; k++) {
                weights[n * fanIn + k] = b.values()[k * size + n];
            }
        }
        return new DenseLayer(node.getName(), fanIn, size, weights, Optional.empty(), "linear");
    }

    private DenseLayer addBias(int index, NodeProto node, DenseLayer layer) throws OnnxException {
        String computed = chainInput(node);
        List<String> others = node.getInputList().stream().filter(v -> !v.equals(computed)).toList();
        if (node.getInputCount() != 2 || others.size() != 1) {
            throw unsupported(index, "nnc imports Add(MatMul's result, constant bias)");
        }
        Constant c = constant(index, others.get(0), true);
        boolean dbl = c.dataType() == Constant.DOUBLE;
        double[] bias = biasValues(index, c, layer.size(), 1.0, dbl);
        return new DenseLayer(layer.onnxName().isEmpty() ? node.getName() : layer.onnxName(), layer.fanIn(),
                layer.size(), layer.weights(), Optional.of(bias), layer.activation());
    }

    /** The one input of {@code node} that is computed (not a constant). */
    private String chainInput(NodeProto node) {
        return node.getInputList().stream().filter(v -> !v.isEmpty() && !isConstant(v)).findFirst().orElse("");
    }

    private void checkFanIn(int index, Shape shape, int fanIn) throws OnnxException {
        long features = shape.features();
        if (shape.dims().isPresent() && features != fanIn) {
            throw unsupported(index, "its weights expect " + fanIn + " inputs but the value it takes has shape "
                    + java.util.Arrays.toString(shape.dims().get()) + (shape.batch() ? " after the batch dimension" : "")
                    + (shape.dims().get().length > 1 ? " (Flatten or Reshape it to [batch, features] first)" : ""));
        }
        if (fanIn <= 0) {
            throw unsupported(index, "its weights have no inputs");
        }
    }

    private void checkSize(int index, int size) throws OnnxException {
        if (size <= 0) {
            throw unsupported(index, "its weights have no outputs");
        }
    }

    private double[] biasValues(int index, Constant c, int size, double beta, boolean dbl) throws OnnxException {
        long[] d = c.dims();
        boolean scalar = c.values().length == 1 && (d.length == 0 || d.length == 1 || d.length == 2 && d[0] == 1);
        boolean vector = c.values().length == size && (d.length == 1 || d.length == 2 && d[0] == 1);
        if (!scalar && !vector) {
            throw unsupported(index, "its bias '" + c.name() + "' has shape " + java.util.Arrays.toString(d)
                    + "; nnc imports a bias of shape [" + size + "], [1, " + size + "] or a scalar");
        }
        double[] bias = new double[size];
        for (int n = 0; n < size; n++) {
            bias[n] = scaled(c.values()[scalar ? 0 : n], beta, dbl);
        }
        return bias;
    }

    /** {@code value * factor} as the model's precision computes it ({@code value} itself when factor is 1). */
    private static double scaled(double value, double factor, boolean dbl) {
        if (factor == 1.0) {
            return value;
        }
        return dbl ? value * factor : (double) ((float) value * (float) factor);
    }

    private String activation(int index, NodeProto node, Shape shape) throws OnnxException {
        boolean dbl = weightTypes.contains(Constant.DOUBLE);
        return switch (node.getOpType()) {
            case "Sigmoid" -> "sigmoid";
            case "Tanh" -> "tanh";
            case "Relu" -> "relu";
            case "Softplus" -> "softplus";
            case "LeakyRelu" -> "leaky_relu(" + NnNumbers.of(floatAttribute(index, node, "alpha", 0.01f), dbl) + ")";
            case "Elu" -> {
                double alpha = floatAttribute(index, node, "alpha", 1.0f);
                yield alpha == 1.0 ? "elu" : "elu(" + NnNumbers.of(alpha, dbl) + ")";
            }
            case "Softmax" -> {
                long axis = intAttribute(index, node, "axis", opset < 13 ? 1 : -1);
                int rank = shape.batch() ? 2 : 1;
                long normalized = axis < 0 ? axis + rank : axis;
                if (normalized != rank - 1) {
                    throw unsupported(index, "its axis " + axis + " is not the last axis of its input (rank " + rank
                            + "); nnc imports Softmax over the features (the last axis)");
                }
                yield "softmax";
            }
            default -> throw unsupported(index, "nnc does not import this op type");
        };
    }

    private Constant constant(int index, String name, boolean weights) throws OnnxException {
        Constant known = decoded.get(name);
        if (known == null) {
            TensorProto tensor = initializers.containsKey(name) ? initializers.get(name) : constantNodes.get(name);
            if (tensor == null) {
                throw unsupported(index, "its input '" + name + "' is not a constant");
            }
            try {
                known = Constant.decode(tensor.getName().isEmpty() ? tensor.toBuilder().setName(name).build() : tensor);
            } catch (OnnxException e) {
                throw new OnnxException(describe(index) + ": " + e.getMessage());
            }
            decoded.put(name, known);
        }
        if (weights) {
            if (known.dataType() == Constant.INT64) {
                throw unsupported(index, "its weights '" + name + "' are INT64; nnc imports FLOAT or DOUBLE weights");
            }
            for (double v : known.values()) {
                if (!Double.isFinite(v)) {
                    throw unsupported(index, "its weights '" + name + "' hold " + v + "; nnc imports finite weights only");
                }
            }
            weightTypes.add(known.dataType());
        } else if (known.dataType() != Constant.INT64) {
            throw unsupported(index, "its shape '" + name + "' is not INT64");
        }
        return known;
    }

    private long intAttribute(int index, NodeProto node, String name, long fallback) throws OnnxException {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                if (a.getType() != AttributeProto.AttributeType.INT && !(a.getType() == AttributeProto.AttributeType.UNDEFINED
                        && a.hasI())) {
                    throw unsupported(index, "its attribute '" + name + "' is not an integer");
                }
                return a.getI();
            }
        }
        return fallback;
    }

    private double floatAttribute(int index, NodeProto node, String name, float fallback) throws OnnxException {
        for (AttributeProto a : node.getAttributeList()) {
            if (a.getName().equals(name)) {
                if (a.getType() != AttributeProto.AttributeType.FLOAT && !(a.getType() == AttributeProto.AttributeType.UNDEFINED
                        && a.hasF())) {
                    throw unsupported(index, "its attribute '" + name + "' is not a float");
                }
                if (!Float.isFinite(a.getF())) {
                    throw unsupported(index, "its attribute '" + name + "' is " + a.getF());
                }
                return a.getF();
            }
        }
        return fallback;
    }

    private OnnxException unsupported(int index, String why) {
        return new OnnxException(describe(index) + " is not supported: " + why + ". Supported: " + SUPPORTED);
    }

    private String describe(int index) {
        return describe(index, graph.getNode(index));
    }

    /** "node 'fc1' (#3, Gemm)" or, for an unnamed node, "node #3 (Gemm)": its index in the graph's node list, from 0. */
    static String describe(int index, NodeProto node) {
        String op = node.getOpType().isEmpty() ? "no op type" : node.getOpType();
        String name = node.getName();
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return "node " + (name.isEmpty() ? "#" + index + " (" : "'" + shown + "' (#" + index + ", ") + truncate(op) + ")";
    }

    private static String truncate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
