package dev.nnc.onnx.read;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import dev.nnc.runtime.FileRefusedException;
import dev.nnc.runtime.InputFiles;
import java.nio.file.Path;

/**
 * Reads an ONNX model file safely: a regular file of at most {@value #MAX_MEGABYTES} MB, parsed by
 * protobuf-java from the bytes in memory (so the parse can never claim more than the file holds),
 * with protobuf's nesting limit; damaged bytes become one clear message, and weights kept in
 * external files ({@code data_location = EXTERNAL}) are refused.
 */
public final class OnnxReader {
    /** The largest ONNX file read, in megabytes. */
    public static final int MAX_MEGABYTES = 256;
    /** The same in bytes. */
    public static final long MAX_BYTES = (long) MAX_MEGABYTES << 20;

    private OnnxReader() {
    }

    /** The bytes of the ONNX file at {@code path}, or why it cannot be read. */
    public static byte[] bytes(Path path) throws OnnxException {
        try {
            return InputFiles.read(path, MAX_BYTES, "an ONNX file");
        } catch (FileRefusedException e) {
            throw new OnnxException(e.reason());
        }
    }

    /** The model in {@code bytes}, or why they are not an ONNX model nnc can use. */
    public static ModelProto parse(byte[] bytes) throws OnnxException {
        if (bytes.length == 0) {
            throw new OnnxException("the file is empty, not an ONNX model");
        }
        ModelProto model;
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            in.setRecursionLimit(64);
            model = ModelProto.parseFrom(in);
            in.checkLastTagWas(0);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxException("not a readable ONNX model (protobuf: " + describe(e) + ")");
        } catch (java.io.IOException | RuntimeException e) {
            throw new OnnxException("not a readable ONNX model (" + e.getClass().getSimpleName() + ")");
        }
        if (!model.hasGraph()) {
            throw new OnnxException("not an ONNX model: it has no graph (is it an ONNX file?)");
        }
        rejectExternalData(model.getGraph());
        return model;
    }

    /** Reads and parses the ONNX file at {@code path}. */
    public static ModelProto read(Path path) throws OnnxException {
        return parse(bytes(path));
    }

    private static void rejectExternalData(GraphProto graph) throws OnnxException {
        for (TensorProto tensor : graph.getInitializerList()) {
            if (tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL || tensor.getExternalDataCount() > 0) {
                throw new OnnxException("initializer '" + tensor.getName() + "' keeps its data in an external file; "
                        + "nnc reads only self-contained models (save it with onnx.save_model(model, path, "
                        + "save_as_external_data=False))");
            }
        }
    }

    private static String describe(InvalidProtocolBufferException e) {
        String message = e.getMessage() == null ? "damaged data" : e.getMessage();
        int end = message.indexOf(". ");
        message = end > 0 ? message.substring(0, end) : message;
        message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
