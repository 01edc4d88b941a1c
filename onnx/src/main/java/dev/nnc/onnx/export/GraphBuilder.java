package dev.nnc.onnx.export;

import dev.nnc.compiler.model.Precision;
import dev.nnc.onnx.proto.OnnxModel.AttributeProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes and initializers of one exported graph, in the order they are added, with every
 * constant stored in the model's element type (little-endian {@code raw_data}, as ONNX specifies).
 */
final class GraphBuilder {
    private final Precision precision;
    private final List<NodeProto> nodes = new ArrayList<>();
    private final List<TensorProto> initializers = new ArrayList<>();

    GraphBuilder(Precision precision) {
        this.precision = precision;
    }

    /** The ONNX element type of every tensor: DOUBLE or FLOAT. */
    int elementType() {
        return elementType(precision);
    }

    static int elementType(Precision precision) {
        return switch (precision) {
            case DOUBLE -> TensorProto.DataType.DOUBLE_VALUE;
            case FLOAT -> TensorProto.DataType.FLOAT_VALUE;
        };
    }

    Precision precision() {
        return precision;
    }

    /** Adds a constant tensor of shape {@code dims} holding {@code values} (row-major); returns its name. */
    String constant(String name, double[] values, long... dims) {
        long count = 1;
        for (long d : dims) {
            count *= d;
        }
        if (count != values.length) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + count);
        }
        boolean doubles = precision == Precision.DOUBLE;
        ByteBuffer raw = ByteBuffer.allocate(values.length * (doubles ? 8 : 4)).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            if (doubles) {
                raw.putDouble(v);
            } else {
                raw.putFloat((float) v);
            }
        }
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(elementType())
                .setRawData(ByteString.copyFrom(raw.array()));
        for (long d : dims) {
            tensor.addDims(d);
        }
        initializers.add(tensor.build());
        return name;
    }

    /** A scalar constant (a tensor of rank 0), broadcast by the ops that use it. */
    String scalar(String name, double value) {
        return constant(name, new double[] {value});
    }

    /** Adds node {@code name} computing {@code op} of {@code inputs} into {@code output}; returns the output. */
    String node(String name, String op, String output, List<String> inputs, AttributeProto... attributes) {
        NodeProto.Builder node = NodeProto.newBuilder().setName(name).setOpType(op).addAllInput(inputs).addOutput(output);
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        nodes.add(node.build());
        return output;
    }

    static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto floatAttribute(String name, double value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT)
                .setF((float) value).build();
    }

    List<NodeProto> nodes() {
        return List.copyOf(nodes);
    }

    List<TensorProto> initializers() {
        return List.copyOf(initializers);
    }
}
