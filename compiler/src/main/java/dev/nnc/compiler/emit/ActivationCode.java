package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.ActivationFunction;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Layer;

/**
 * A loop layer's activation and its derivative for one neuron, written from the activation's own
 * graph ({@link ActivationFunction}) as a {@link Template} with the loop's array elements as its
 * leaves: so a loop layer computes the bits its unrolled twin does, and nothing here knows what
 * any activation is.
 */
final class ActivationCode {
    private final ActivationFunction function;
    private final double a;
    private final Scalar scalar;

    ActivationCode(Layer layer, Scalar scalar) {
        this.function = ActivationFunction.elementwise(layer.activation());
        this.a = layer.alpha();
        this.scalar = scalar;
    }

    /** {@code f(z)}, with the net input read by {@code z}. */
    CodeBlock forward(CodeBlock z) {
        Template t = new Template(scalar);
        return t.write(function.forward(t.graph(), t.leaf(z), a));
    }

    /**
     * dL/dnet from dL/dout: {@code adjoint} through the derivative, with the net input and the
     * output read by {@code z} and {@code y}.
     */
    CodeBlock derivative(CodeBlock z, CodeBlock y, CodeBlock adjoint) {
        Template t = new Template(scalar);
        Node net = t.leaf(z);
        Node out = function.forward(t.graph(), net, a);
        t.read(out, y);
        return t.write(function.derivative(t.graph(), net, out, t.leaf(adjoint), a));
    }
}
