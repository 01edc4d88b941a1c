package dev.nnc.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.OperatorSetIdProto;
import org.junit.jupiter.api.Test;

/** The generated message classes write ONNX's field numbers: known bytes of a tiny model. */
class SchemaTest {
    @Test
    void fieldNumbersAreOnnxs() throws Exception {
        ModelProto model = ModelProto.newBuilder().setIrVersion(8)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13))
                .setGraph(GraphProto.newBuilder().addNode(NodeProto.newBuilder().setOpType("Relu"))).build();
        byte[] bytes = model.toByteArray();
        // ir_version (1, varint) = 8; graph (7, bytes) { node (1) { op_type (4) "Relu" } }; opset_import (8) { version (2) = 13 }
        byte[] expected = {0x08, 8, 0x3a, 8, 0x0a, 6, 0x22, 4, 'R', 'e', 'l', 'u', 0x42, 2, 0x10, 13};
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(bytes));
        assertEquals(model, ModelProto.parseFrom(bytes));
    }
}
