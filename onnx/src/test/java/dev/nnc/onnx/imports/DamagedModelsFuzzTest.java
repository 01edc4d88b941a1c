package dev.nnc.onnx.imports;

import static dev.nnc.onnx.imports.TestModels.act;
import static dev.nnc.onnx.imports.TestModels.i;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Damaged ONNX bytes (truncated, flipped, spliced, fields of the wrong wire type, huge dimensions,
 * cycles) give a clean {@link OnnxException} or a valid import; never another exception, never a hang.
 */
class DamagedModelsFuzzTest {
    private static final long CASE_LIMIT_MS = 2_000;

    private static byte[] base() {
        return TestModels.mlp(13, new int[] {4, 5, 3}, Arrays.asList(act("Tanh"), act("Softmax", i("axis", 1))), 3)
                .toByteArray();
    }

    /** Imports {@code bytes}; true when it imported, false for a clean error. */
    private static boolean survives(byte[] bytes, String what) {
        long start = System.nanoTime();
        try {
            OnnxImporter.Imported imported = OnnxImporter.importBytes(bytes, "fuzz.onnx");
            assertTrue(imported.text().startsWith("// Imported by nnc import"), what);
            return true;
        } catch (OnnxException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what);
            assertTrue(e.getStackTrace().length == 0, "an OnnxException carries no stack trace");
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + ": " + e, e);
            return false;
        } finally {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(ms < CASE_LIMIT_MS, what + " took " + ms + " ms");
        }
    }

    @Test
    @Timeout(120)
    void truncatedFlippedAndSplicedBytes() {
        byte[] base = base();
        Random r = new Random(2026);
        int imported = 0;
        int refused = 0;
        for (int n = 0; n <= base.length; n += Math.max(1, base.length / 300)) {
            boolean ok = survives(Arrays.copyOf(base, n), "truncated at " + n);
            imported += ok ? 1 : 0;
            refused += ok ? 0 : 1;
        }
        for (int n = 0; n < 1500; n++) {
            byte[] bytes = base.clone();
            int flips = 1 + r.nextInt(4);
            for (int k = 0; k < flips; k++) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
            boolean ok = survives(bytes, "case " + n);
            imported += ok ? 1 : 0;
            refused += ok ? 0 : 1;
        }
        for (int n = 0; n < 300; n++) {
            int at = r.nextInt(base.length);
            byte[] noise = new byte[1 + r.nextInt(16)];
            r.nextBytes(noise);
            byte[] bytes = new byte[base.length + noise.length];
            System.arraycopy(base, 0, bytes, 0, at);
            System.arraycopy(noise, 0, bytes, at, noise.length);
            System.arraycopy(base, at, bytes, at + noise.length, base.length - at);
            survives(bytes, "spliced at " + at);
        }
        // both outcomes happen: flipping a weight's byte still imports, flipping a tag does not
        assertTrue(imported > 0 && refused > 0, imported + " imported, " + refused + " refused");
    }

    @Test
    @Timeout(60)
    void wrongWireTypesHugeDimensionsDeepNestingAndCycles() throws Exception {
        byte[] base = base();
        // every field tag byte of the outer message turned into each other wire type
        for (int at = 0; at < base.length; at++) {
            if (base[at] == 0x3a) { // graph: field 7, length-delimited
                for (int wire : new int[] {0, 1, 3, 4, 5, 6, 7}) {
                    byte[] bytes = base.clone();
                    bytes[at] = (byte) (7 << 3 | wire);
                    survives(bytes, "graph tag as wire type " + wire);
                }
            }
        }
        ModelProto model = ModelProto.parseFrom(base);
        GraphProto graph = model.getGraph();
        // huge dimensions on weights and on the input
        for (long dim : new long[] {-1, 0, 1L << 31, 1L << 40, Long.MAX_VALUE}) {
            TensorProto w = graph.getInitializer(0).toBuilder().setDims(0, dim).build();
            survives(model.toBuilder().setGraph(graph.toBuilder().setInitializer(0, w)).build().toByteArray(),
                    "weights dimension " + dim);
            var input = graph.getInput(0).toBuilder();
            input.getTypeBuilder().getTensorTypeBuilder().getShapeBuilder().getDimBuilder(1).setDimValue(dim);
            survives(model.toBuilder().setGraph(graph.toBuilder().setInput(0, input)).build().toByteArray(),
                    "input dimension " + dim);
        }
        // raw_data that does not match the dimensions
        TensorProto raw = graph.getInitializer(0).toBuilder().clearFloatData()
                .setRawData(com.google.protobuf.ByteString.copyFrom(new byte[7])).build();
        survives(model.toBuilder().setGraph(graph.toBuilder().setInitializer(0, raw)).build().toByteArray(), "raw_data");
        // a cycle: the last node feeds the first
        GraphProto.Builder cyclic = graph.toBuilder();
        cyclic.getNodeBuilder(0).setInput(0, graph.getNode(graph.getNodeCount() - 1).getOutput(0));
        survives(model.toBuilder().setGraph(cyclic).build().toByteArray(), "cycle");
        // nesting deeper than protobuf's limit: graphs in attributes in graphs ...
        GraphProto nested = GraphProto.getDefaultInstance();
        for (int d = 0; d < 200; d++) {
            nested = GraphProto.newBuilder().addNode(dev.nnc.onnx.proto.OnnxModel.NodeProto.newBuilder()
                    .addAttribute(dev.nnc.onnx.proto.OnnxModel.AttributeProto.newBuilder().setName("g").setG(nested))).build();
        }
        survives(model.toBuilder().setGraph(graph.toBuilder().addNode(graph.getNode(0).toBuilder()
                .addAttribute(dev.nnc.onnx.proto.OnnxModel.AttributeProto.newBuilder().setName("body").setG(nested))))
                .build().toByteArray(), "deep nesting");
        // many nodes, none of them connected
        List<dev.nnc.onnx.proto.OnnxModel.NodeProto> many = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            many.add(TestModels.node("Relu", "", List.of("v" + n), "v" + (n + 1)));
        }
        survives(model.toBuilder().setGraph(graph.toBuilder().addAllNode(many)).build().toByteArray(), "20,000 nodes");
    }
}
