package dev.nnc.bench;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.GenericMlp;
import dev.nnc.runtime.LayerShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One benchmark network: its {@code .nn} file (packaged in the jar), the checked model, and the
 * class nnc generated from it at build time.
 */
public record BenchmarkNetwork(String size, SourceFile source, Network model) {
    /** The sizes benchmarked, smallest first. */
    public static final List<String> SIZES = List.of("2-2-2", "4-8-3", "30-16-1", "64-32-10", "784-128-10");
    /**
     * 64-32-10 with another optimizer or activation ({@code net_64_32_10_adam.nn}, ...): the per-sample
     * cost of each against the sgd network of the same shape.
     */
    public static final List<String> VARIANTS = List.of("64-32-10-adam", "64-32-10-momentum", "64-32-10-tanh");
    /** Package of the generated classes (see the exec-maven-plugin execution in pom.xml). */
    public static final String PACKAGE = "dev.nnc.bench.generated";
    /** Samples cycled through by every benchmark (a power of two). */
    public static final int SAMPLES = 16;

    /** The network of {@code size}, e.g. {@code "64-32-10"}. */
    public static BenchmarkNetwork load(String size) {
        SourceFile source = source(size);
        Result<Network> checked = Frontend.analyze(source);
        Network model = checked.value().orElseThrow(() -> new IllegalStateException(checked.diagnostics().toString()));
        return new BenchmarkNetwork(size, source, model);
    }

    /** The text of {@code net_A_B_C.nn}, read from the jar. */
    public static SourceFile source(String size) {
        String name = "net_" + size.replace('-', '_') + ".nn";
        try (InputStream in = BenchmarkNetwork.class.getResourceAsStream("/nn/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark network " + size + " (sizes: " + SIZES + ", " + VARIANTS + ")");
            }
            return new SourceFile(name, null, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh instance of the class nnc generated for this network at build time. */
    public dev.nnc.runtime.Network generated() {
        return instance(PACKAGE);
    }

    /**
     * A fresh instance of the class nnc generated for this network at build time with {@code
     * --vector}; the JVM must run with {@code --add-modules jdk.incubator.vector}.
     */
    public dev.nnc.runtime.Network generatedWithVectorApi() {
        return instance(PACKAGE + ".vector");
    }

    /**
     * A fresh instance of the class nnc generated for this network at build time with {@code
     * --precision float}, and {@code --vector} when {@code vectorApi}.
     */
    public dev.nnc.runtime.Network generatedInFloat(boolean vectorApi) {
        return instance(PACKAGE + (vectorApi ? ".single.vector" : ".single"));
    }

    private dev.nnc.runtime.Network instance(String packageName) {
        try {
            return (dev.nnc.runtime.Network) Class.forName(packageName + "." + model.name()).getDeclaredConstructor()
                    .newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("generated class of " + size + " not found", e);
        }
    }

    /** The runtime's generic array-based MLP with the same layers and initial parameters. */
    public GenericMlp generic() {
        List<LayerShape> shapes = new ArrayList<>();
        for (Layer layer : model.layers()) {
            shapes.add(new LayerShape(layer.size(), layer.activation(), layer.alpha(), layer.bias().mode(),
                    layer.bias().frozen()));
        }
        return new GenericMlp(model.name(), model.input().size(), shapes, model.loss(), model.optimizer(),
                model.input().normalize(), initialParameters());
    }

    /** w1..wN then b1..bM, as in the file. */
    public double[] initialParameters() {
        List<Double> values = new ArrayList<>();
        model.layers().forEach(l -> values.addAll(l.weights()));
        model.layers().forEach(l -> values.addAll(l.bias().initial()));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@link #SAMPLES} random samples: standard normal inputs, targets in (0.1, 0.9); the same on every run. */
    public double[][][] samples() {
        Random random = new Random(42);
        double[][] x = new double[SAMPLES][model.input().size()];
        double[][] t = new double[SAMPLES][model.output().size()];
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = 0; i < x[s].length; i++) {
                x[s][i] = random.nextGaussian();
            }
            for (int k = 0; k < t[s].length; k++) {
                t[s][k] = 0.1 + 0.8 * random.nextDouble();
            }
        }
        return new double[][][] {x, t};
    }
}
