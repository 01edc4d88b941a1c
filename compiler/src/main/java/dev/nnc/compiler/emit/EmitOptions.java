package dev.nnc.compiler.emit;

import dev.nnc.compiler.model.Precision;

/**
 * How the generated class is written: its package ("" for none), the nnc version stamped in its
 * header, whether input-major loop layers use the JDK's Vector API ({@code
 * jdk.incubator.vector}, which javac and the JVM must be told to add with {@code --add-modules
 * jdk.incubator.vector}) instead of scalar loops the JIT vectorises, and the precision of its
 * parameters and arithmetic.
 */
public record EmitOptions(String packageName, String compilerVersion, boolean vectorApi, Precision precision) {
    /** Double precision. */
    public EmitOptions(String packageName, String compilerVersion, boolean vectorApi) {
        this(packageName, compilerVersion, vectorApi, Precision.DOUBLE);
    }

    /** Scalar loops, double precision. */
    public EmitOptions(String packageName, String compilerVersion) {
        this(packageName, compilerVersion, false);
    }

    /** Whether {@code layer}'s loops are written with the Vector API: input-major, one vector of neurons or more. */
    public boolean vectorises(dev.nnc.compiler.plan.LayerPlan layer) {
        return vectorApi && VectorAxpyWriter.applies(layer, scalar());
    }

    /** The scalar type the class computes in. */
    Scalar scalar() {
        return Scalar.of(precision);
    }
}
