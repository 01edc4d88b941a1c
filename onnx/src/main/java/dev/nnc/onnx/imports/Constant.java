package dev.nnc.onnx.imports;

import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A constant tensor of the graph (an initializer or a {@code Constant} node's value), decoded: its
 * dimensions and its values as doubles. Floats are widened exactly, so a float32 model's weights
 * are kept bit for bit. Holds FLOAT, DOUBLE or INT64 (shapes for Reshape) tensors, from the typed
 * fields or little-endian {@code raw_data}.
 */
record Constant(String name, long[] dims, int dataType, double[] values) {
    /** The most values one tensor may hold: nnc's own limit on weights in a network. */
    static final long MAX_VALUES = 10_000_000L;

    static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
    static final int DOUBLE = TensorProto.DataType.DOUBLE_VALUE;
    static final int INT64 = TensorProto.DataType.INT64_VALUE;

    /** The number of values the dimensions call for (1 for a scalar). */
    long size() {
        return count(dims);
    }

    static Constant decode(TensorProto tensor) throws OnnxException {
        String name = tensor.getName();
        long[] dims = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
        long count = count(dims);
        if (count < 0 || count > MAX_VALUES || java.util.Arrays.stream(dims).anyMatch(d -> d > MAX_VALUES)) {
            throw new OnnxException("tensor '" + name + "' has dimensions " + java.util.Arrays.toString(dims)
                    + (count < 0 ? ", which are not valid" : ", more than the " + MAX_VALUES + " values nnc handles"));
        }
        int type = tensor.getDataType();
        int n = (int) count;
        double[] values = new double[n];
        boolean raw = tensor.hasRawData();
        int have;
        switch (type) {
            case FLOAT -> {
                if (raw) {
                    ByteBuffer bytes = raw(tensor, n, Float.BYTES);
                    for (int i = 0; i < n; i++) {
                        values[i] = bytes.getFloat(i * Float.BYTES);
                    }
                    have = n;
                } else {
                    have = tensor.getFloatDataCount();
                    for (int i = 0; i < Math.min(n, have); i++) {
                        values[i] = tensor.getFloatData(i);
                    }
                }
            }
            case DOUBLE -> {
                if (raw) {
                    ByteBuffer bytes = raw(tensor, n, Double.BYTES);
                    for (int i = 0; i < n; i++) {
                        values[i] = bytes.getDouble(i * Double.BYTES);
                    }
                    have = n;
                } else {
                    have = tensor.getDoubleDataCount();
                    for (int i = 0; i < Math.min(n, have); i++) {
                        values[i] = tensor.getDoubleData(i);
                    }
                }
            }
            case INT64 -> {
                if (raw) {
                    ByteBuffer bytes = raw(tensor, n, Long.BYTES);
                    for (int i = 0; i < n; i++) {
                        values[i] = bytes.getLong(i * Long.BYTES);
                    }
                    have = n;
                } else {
                    have = tensor.getInt64DataCount();
                    for (int i = 0; i < Math.min(n, have); i++) {
                        values[i] = tensor.getInt64Data(i);
                    }
                }
            }
            default -> throw new OnnxException("tensor '" + name + "' holds " + typeName(type)
                    + " values; nnc imports FLOAT or DOUBLE weights (and INT64 shapes)");
        }
        if (have != n) {
            throw new OnnxException("tensor '" + name + "' has dimensions " + java.util.Arrays.toString(dims)
                    + " (" + n + " values) but holds " + have);
        }
        return new Constant(name, dims, type, values);
    }

    private static ByteBuffer raw(TensorProto tensor, int n, int width) throws OnnxException {
        int size = tensor.getRawData().size();
        if ((long) n * width != size) {
            throw new OnnxException("tensor '" + tensor.getName() + "' has dimensions "
                    + java.util.Arrays.toString(tensor.getDimsList().toArray()) + " (" + n + " values) but its raw_data holds "
                    + size + " bytes, not " + (long) n * width);
        }
        return tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The product of {@code dims}, or -1 when a dimension is negative or the product exceeds MAX_VALUES. */
    static long count(long[] dims) {
        long count = 1;
        for (long d : dims) {
            if (d < 0) {
                return -1;
            }
            count *= d;
            if (count > MAX_VALUES) {
                return Long.MAX_VALUE;
            }
        }
        return count;
    }

    /** ONNX's name of element type {@code type}. */
    static String typeName(int type) {
        TensorProto.DataType known = TensorProto.DataType.forNumber(type);
        return known == null ? "type " + type : known.name();
    }
}
