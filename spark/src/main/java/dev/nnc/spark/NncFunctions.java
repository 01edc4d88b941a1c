package dev.nnc.spark;

import dev.nnc.runtime.Network;
import dev.nnc.runtime.Weights;
import dev.nnc.runtime.WeightsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.immutable.ArraySeq;
import scala.collection.immutable.Seq;

/**
 * A generated network (a class {@code nnc generate} wrote from a {@code .nn} file or an ONNX model) as
 * Spark SQL functions over a column of {@code array<double>} features:
 *
 * <pre>{@code
 * NncFunctions.register(spark, "iris", Iris.class, Path.of("iris-weights.json"));
 * spark.sql("SELECT iris(features) AS species_index, iris_class(features) AS species, iris_outputs(features) FROM flowers");
 * }</pre>
 *
 * <p>{@code NAME} gives the predicted class's index (an {@code int}: the largest output, or for one
 * output whether it is above 0.5), {@code NAME_class} its name from the weights file's classes (null
 * when it has none), and {@code NAME_outputs} every output ({@code array<double>}). The class must be on
 * the executors' class path (it has no dependency but nnc-runtime); the weights travel with the function,
 * as their JSON text, and each task loads them once into its own instance. A row whose features are null
 * gives null; a row of the wrong width fails its task with the widths in the message.
 */
public final class NncFunctions {
    private NncFunctions() {
    }

    /** Registers {@code name}, {@code name_class} and {@code name_outputs} for {@code type} with the weights in {@code weights}. */
    public static void register(SparkSession spark, String name, Class<? extends Network> type, Path weights) {
        try {
            register(spark, name, type, Files.readString(weights, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read weights file " + weights, e);
        }
    }

    /** As {@link #register(SparkSession, String, Class, Path)}, with the weights file's JSON text. */
    public static void register(SparkSession spark, String name, Class<? extends Network> type, String weightsJson) {
        Scorer scorer = new Scorer(type.getName(), weightsJson);
        scorer.network(); // the weights fit the class, or this throws here, on the driver
        spark.udf().register(name, (UDF1<Seq<Object>, Integer>) features -> features == null ? null
                : scorer.predictClass(features), DataTypes.IntegerType);
        spark.udf().register(name + "_class", (UDF1<Seq<Object>, String>) features -> features == null ? null
                : scorer.className(features), DataTypes.StringType);
        spark.udf().register(name + "_outputs", (UDF1<Seq<Object>, Seq<Object>>) features -> features == null
                ? null : scorer.outputs(features), DataTypes.createArrayType(DataTypes.DoubleType, false));
    }

    /** A network instance made where it is first used (one per task), from the class name and the weights. */
    static final class Scorer implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String className;
        private final String weightsJson;
        private transient Network network;
        private transient String[] classes;
        private transient double[] x;
        private transient double[] y;

        Scorer(String className, String weightsJson) {
            this.className = className;
            this.weightsJson = weightsJson;
        }

        Network network() {
            if (network == null) {
                try {
                    Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
                    Network net = (Network) type.getDeclaredConstructor().newInstance();
                    Weights.fromJson(net, weightsJson, "the weights of " + className);
                    classes = net.classNames();
                    x = new double[net.inputCount()];
                    y = new double[net.outputCount()];
                    network = net;
                } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                         | IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot load the network class " + className
                            + " (is its jar on the executors' class path?)", e);
                } catch (WeightsException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
            return network;
        }

        int predictClass(Seq<Object> features) {
            Network net = network();
            return net.predictClass(read(features));
        }

        String className(Seq<Object> features) {
            int k = predictClass(features);
            return k < classes.length ? classes[k] : null;
        }

        Seq<Object> outputs(Seq<Object> features) {
            Network net = network();
            net.predict(read(features), y);
            Object[] boxed = new Object[y.length];
            for (int i = 0; i < y.length; i++) {
                boxed[i] = y[i];
            }
            return ArraySeq.unsafeWrapArray(boxed);
        }

        private double[] read(Seq<Object> features) {
            if (features.length() != x.length) {
                throw new IllegalArgumentException(className + " takes " + x.length + " features, not "
                        + features.length());
            }
            for (int i = 0; i < x.length; i++) {
                x[i] = ((Number) features.apply(i)).doubleValue();
            }
            return x;
        }
    }
}
