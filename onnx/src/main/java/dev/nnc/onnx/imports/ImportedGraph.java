package dev.nnc.onnx.imports;

import java.util.List;

/**
 * What the importer understood of an ONNX model: its input width, its layers in order, and whether
 * it computes in float32 or float64.
 *
 * @param inputName the graph input's name
 * @param inputs the number of input features
 * @param doublePrecision true for a float64 model
 */
record ImportedGraph(String inputName, int inputs, List<DenseLayer> layers, boolean doublePrecision) {
}
