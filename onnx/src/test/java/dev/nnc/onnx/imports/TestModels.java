package dev.nnc.onnx.imports;

import com.google.protobuf.ByteString;
import dev.nnc.onnx.proto.OnnxModel.AttributeProto;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.OperatorSetIdProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import dev.nnc.onnx.proto.OnnxModel.TensorShapeProto;
import dev.nnc.onnx.proto.OnnxModel.TypeProto;
import dev.nnc.onnx.proto.OnnxModel.ValueInfoProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Small ONNX models built with the message builders, as exporters write them. */
final class TestModels {
    static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
    static final int DOUBLE = TensorProto.DataType.DOUBLE_VALUE;

    private TestModels() {
    }

    static TensorProto floats(String name, long[] dims, float... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(FLOAT);
        Arrays.stream(dims).forEach(t::addDims);
        for (float v : values) {
            t.addFloatData(v);
        }
        return t.build();
    }

    static TensorProto rawFloats(String name, long[] dims, float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(FLOAT)
                .setRawData(ByteString.copyFrom(b.array()));
        Arrays.stream(dims).forEach(t::addDims);
        return t.build();
    }

    static TensorProto doubles(String name, long[] dims, double... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(DOUBLE);
        Arrays.stream(dims).forEach(t::addDims);
        for (double v : values) {
            t.addDoubleData(v);
        }
        return t.build();
    }

    static TensorProto int64s(String name, long... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }

    /** {@code count} random floats in [-1, 1) from {@code seed}. */
    static float[] random(int count, long seed) {
        Random r = new Random(seed);
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = r.nextFloat() * 2 - 1;
        }
        return v;
    }

    static double[] randomDoubles(int count, long seed) {
        Random r = new Random(seed);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = r.nextDouble() * 2 - 1;
        }
        return v;
    }

    static AttributeProto f(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    static AttributeProto i(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static NodeProto node(String op, String name, List<String> inputs, String output, AttributeProto... attributes) {
        return NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs).addOutput(output)
                .addAllAttribute(List.of(attributes)).build();
    }

    /** A tensor value description; a null dimension is the symbolic batch "N". */
    static ValueInfoProto value(String name, int elemType, Long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Long d : dims) {
            shape.addDim(d == null ? TensorShapeProto.Dimension.newBuilder().setDimParam("N")
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(elemType).setShape(shape))).build();
    }

    static ModelProto model(int opset, List<NodeProto> nodes, List<TensorProto> initializers, ValueInfoProto input,
                            ValueInfoProto output) {
        return ModelProto.newBuilder().setIrVersion(opset >= 13 ? 8 : 6).setProducerName("nnc-tests")
                .setProducerVersion("1")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setGraph(GraphProto.newBuilder().setName("g").addAllNode(nodes).addAllInitializer(initializers)
                        .addInput(input).addOutput(output)).build();
    }

    /** A float model: Gemm (transB = 1, as PyTorch writes nn.Linear) per layer, each with its activation node. */
    static ModelProto mlp(int opset, int[] sizes, List<NodeProto> activations, long seed) {
        List<NodeProto> nodes = new ArrayList<>();
        List<TensorProto> inits = new ArrayList<>();
        String current = "input";
        for (int l = 0; l + 1 < sizes.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            inits.add(floats("W" + l, new long[] {out, in}, random(in * out, seed + l)));
            inits.add(floats("B" + l, new long[] {out}, random(out, seed + 100 + l)));
            nodes.add(node("Gemm", "fc" + l, List.of(current, "W" + l, "B" + l), "z" + l, i("transB", 1)));
            current = "z" + l;
            NodeProto act = activations.get(l);
            if (act != null) {
                nodes.add(act.toBuilder().setInput(0, current).setOutput(0, "a" + l).setName("act" + l).build());
                current = "a" + l;
            }
        }
        nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1).toBuilder().setOutput(0, "output").build());
        return model(opset, nodes, inits, value("input", FLOAT, null, (long) sizes[0]),
                value("output", FLOAT, null, (long) sizes[sizes.length - 1]));
    }

    static NodeProto act(String op, AttributeProto... attributes) {
        return node(op, "", List.of("x"), "y", attributes);
    }
}
