package dev.nnc.onnx.imports;

import java.util.Optional;

/**
 * One nnc layer read from the ONNX graph: a Gemm (or MatMul then Add) and the activation after it.
 * {@code weights} are in nnc's numbering, destination neuron outer and source inner ({@code
 * weights[n * fanIn + k]} is source k to neuron n); {@code bias} is empty for a layer without one.
 *
 * @param onnxName the name of the node that computes the layer's net input ("" when unnamed)
 * @param activation nnc's spelling of the activation, e.g. {@code relu} or {@code leaky_relu(0.01)}
 */
record DenseLayer(String onnxName, int fanIn, int size, double[] weights, Optional<double[]> bias, String activation) {
    DenseLayer withActivation(String nncActivation) {
        return new DenseLayer(onnxName, fanIn, size, weights, bias, nncActivation);
    }
}
