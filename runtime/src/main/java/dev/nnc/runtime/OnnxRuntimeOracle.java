package dev.nnc.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What onnxruntime predicts for an ONNX model, when onnxruntime ({@code ai.onnxruntime}) is on the
 * class path: the tests nnc generates for imported models compare the class with it. Reached by
 * reflection, so the runtime keeps no dependency.
 */
public final class OnnxRuntimeOracle {
    private OnnxRuntimeOracle() {
    }

    /** Whether onnxruntime's Java API is on the class path. */
    public static boolean available() {
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment");
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * onnxruntime's first output for each row of {@code inputs} (each run alone, as a batch of one
     * when the model's input has a batch dimension), or empty when onnxruntime is not on the class
     * path.
     */
    public static Optional<double[][]> predict(Path model, double[][] inputs) throws Exception {
        if (!available()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(model, inputs));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static double[][] run(Path model, double[][] inputs) throws Exception {
        Class<?> envType = Class.forName("ai.onnxruntime.OrtEnvironment");
        Class<?> tensorType = Class.forName("ai.onnxruntime.OnnxTensor");
        Object env = envType.getMethod("getEnvironment").invoke(null);
        Object session = envType.getMethod("createSession", String.class).invoke(env, model.toString());
        try {
            Map<?, ?> inputInfo = (Map<?, ?>) session.getClass().getMethod("getInputInfo").invoke(session);
            Map.Entry<?, ?> first = inputInfo.entrySet().iterator().next();
            String name = first.getKey().toString();
            Object info = first.getValue().getClass().getMethod("getInfo").invoke(first.getValue());
            long[] shape = (long[]) info.getClass().getMethod("getShape").invoke(info);
            Field typeField = info.getClass().getField("type");
            boolean dbl = typeField.get(info).toString().equals("DOUBLE");
            boolean batch = shape.length != 1;
            Method create = tensorType.getMethod("createTensor", envType, Object.class);
            Method runMethod = session.getClass().getMethod("run", Map.class);
            double[][] outputs = new double[inputs.length][];
            for (int r = 0; r < inputs.length; r++) {
                Object row = dbl ? inputs[r].clone() : floats(inputs[r]);
                Object array = batch ? wrap(row, dbl) : row;
                try (AutoCloseable tensor = (AutoCloseable) create.invoke(null, env, array);
                     AutoCloseable result = (AutoCloseable) runMethod.invoke(session, Map.of(name, tensor))) {
                    Object value = result.getClass().getMethod("get", int.class).invoke(result, 0);
                    outputs[r] = flat(value.getClass().getMethod("getValue").invoke(value));
                }
            }
            return outputs;
        } finally {
            ((AutoCloseable) session).close();
        }
    }

    private static Object wrap(Object row, boolean dbl) {
        return dbl ? new double[][] {(double[]) row} : new float[][] {(float[]) row};
    }

    private static float[] floats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    private static double[] flat(Object value) {
        if (value instanceof float[][] m) {
            return flat(m[0]);
        }
        if (value instanceof double[][] m) {
            return m[0].clone();
        }
        if (value instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                d[i] = f[i];
            }
            return d;
        }
        if (value instanceof double[] d) {
            return d.clone();
        }
        throw new IllegalStateException("onnxruntime returned a " + value.getClass().getSimpleName()
                + ", not a vector or a batch of them");
    }
}
