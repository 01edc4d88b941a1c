package dev.nnc.compiler.model;

import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.TrainingPlan;
import java.util.List;
import java.util.Optional;

/**
 * A checked network: everything the back end needs, with every default filled in and every
 * initial weight resolved (explicit or from the seeded initialiser).
 *
 * @param sourceName the file name the network came from, for comments in generated code
 * @param lossLine the line of the {@code loss} statement in the source file, 0 if unknown
 * @param optimizerLine the line of the {@code optimizer} statement, 0 if it has none (the default)
 * @param precision the {@code precision} statement's, double without one
 * @param validation the {@code validation} statement's samples (inline or a CSV file)
 * @param split the {@code validation split = f} statement's fraction of the training data
 * @param classNames the classes of the training data's labels, class 0 first: empty until the data
 *     phase has read them, and for data that is not label data
 */
public record Network(String name, String sourceName, Input input, List<Layer> layers, Loss loss,
                      OptimizerSettings optimizer, TrainingPlan training,
                      Optional<DataSource> data, Optional<DataSource> test, int lossLine, int optimizerLine,
                      Precision precision, Optional<DataSource> validation, Optional<ValidationSplit> split,
                      List<String> classNames) {
    /**
     * The most layers a network may have (E037). Every layer adds fields and methods to one
     * generated class, whose constant pool holds at most 65,535 entries: 1,000 layers of one neuron
     * trained with adam need about 40,000, and javac takes half a minute over their class
     * (docs/performance.md). Every method stays under HotSpot's JIT limit at any depth.
     */
    public static final int MAX_LAYERS = 1000;

    public Network {
        layers = List.copyOf(layers);
        classNames = List.copyOf(classNames);
    }

    /** A network without validation data, whose training data's classes are not known (yet). */
    public Network(String name, String sourceName, Input input, List<Layer> layers, Loss loss,
                   OptimizerSettings optimizer, TrainingPlan training, Optional<DataSource> data,
                   Optional<DataSource> test, int lossLine, int optimizerLine, Precision precision) {
        this(name, sourceName, input, layers, loss, optimizer, training, data, test, lossLine, optimizerLine,
                precision, Optional.empty(), Optional.empty(), List.of());
    }

    /** A network in double precision. */
    public Network(String name, String sourceName, Input input, List<Layer> layers, Loss loss,
                   OptimizerSettings optimizer, TrainingPlan training, Optional<DataSource> data,
                   Optional<DataSource> test, int lossLine, int optimizerLine) {
        this(name, sourceName, input, layers, loss, optimizer, training, data, test, lossLine, optimizerLine,
                Precision.DOUBLE);
    }

    /** A network whose loss and optimizer statements have no known lines (built by hand, not from a file). */
    public Network(String name, String sourceName, Input input, List<Layer> layers, Loss loss,
                   OptimizerSettings optimizer, TrainingPlan training, Optional<DataSource> data,
                   Optional<DataSource> test) {
        this(name, sourceName, input, layers, loss, optimizer, training, data, test, 0, 0);
    }

    /** The same network in {@code other} precision. */
    public Network withPrecision(Precision other) {
        return new Network(name, sourceName, input, layers, loss, optimizer, training, data, test, lossLine,
                optimizerLine, other, validation, split, classNames);
    }

    /** The same network with the classes its training data's labels name. */
    public Network withClassNames(List<String> names) {
        return new Network(name, sourceName, input, layers, loss, optimizer, training, data, test, lossLine,
                optimizerLine, precision, validation, split, names);
    }

    /** {@code file.nn:LINE} of a statement, or {@code file.nn:} when its line is unknown (0). */
    public String where(int line) {
        return sourceName + ":" + (line > 0 ? Integer.toString(line) : "");
    }

    /** The output layer. */
    public Layer output() {
        return layers.get(layers.size() - 1);
    }

    /** Total number of weights, w1..wN. */
    public int weightCount() {
        return layers.stream().mapToInt(l -> l.weights().size()).sum();
    }

    /** Total number of biases, b1..bM. */
    public int biasCount() {
        return layers.stream().mapToInt(l -> l.bias().initial().size()).sum();
    }

    /** The 0-based number of layer {@code index}'s first weight (w1 is 0). */
    public int weightOffset(int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += layers.get(i).weights().size();
        }
        return offset;
    }

    /** The 0-based number of layer {@code index}'s first bias (b1 is 0). */
    public int biasOffset(int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += layers.get(i).bias().initial().size();
        }
        return offset;
    }
}
