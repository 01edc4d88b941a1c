package dev.nnc.compiler.emit;

/**
 * How the generated class is written: its package ("" for none), the nnc version stamped in its
 * header, and whether input-major loop layers use the JDK's Vector API ({@code
 * jdk.incubator.vector}, which javac and the JVM must be told to add with {@code --add-modules
 * jdk.incubator.vector}) instead of scalar loops the JIT vectorises.
 */
public record EmitOptions(String packageName, String compilerVersion, boolean vectorApi) {
    /** Scalar loops. */
    public EmitOptions(String packageName, String compilerVersion) {
        this(packageName, compilerVersion, false);
    }

    /** Whether {@code layer}'s loops are written with the Vector API: input-major, four neurons or more. */
    public boolean vectorises(dev.nnc.compiler.plan.LayerPlan layer) {
        return vectorApi && VectorAxpyWriter.applies(layer);
    }
}
