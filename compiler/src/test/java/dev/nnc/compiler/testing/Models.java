package dev.nnc.compiler.testing;

import dev.nnc.compiler.model.Bias;
import dev.nnc.compiler.model.Input;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Checked models built directly, for back-end tests that do not go through the parser. */
public final class Models {
    private Models() {
    }

    /** The worked example of the spec. */
    public static Network mazur() {
        return new Network("Mazur", "mazur.nn", new Input("i", 2, false), List.of(
                new Layer("h", 2, 2, Activation.SIGMOID, 0, new Bias(BiasMode.SHARED, List.of(0.35), true),
                        Strategy.AUTO, List.of(0.15, 0.20, 0.25, 0.30), 4),
                new Layer("o", 2, 2, Activation.SIGMOID, 0, new Bias(BiasMode.SHARED, List.of(0.60), true),
                        Strategy.AUTO, List.of(0.40, 0.45, 0.50, 0.55), 5)),
                Loss.HALF_SSE, OptimizerSettings.sgd(0.5), TrainingPlan.defaults(), Optional.empty(), Optional.empty());
    }

    /** One hidden layer of {@code hidden} neurons and an output layer, with random weights and biases. */
    public static Network random(long seed, int inputs, int[] sizes, Activation[] activations, Loss loss,
                                 BiasMode biasMode, boolean frozen, OptimizerSettings optimizer) {
        Random r = new Random(seed);
        List<Layer> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int l = 0; l < sizes.length; l++) {
            List<Double> weights = new ArrayList<>();
            for (int w = 0; w < sizes[l] * fanIn; w++) {
                weights.add(r.nextDouble() * 2 - 1);
            }
            List<Double> biases = new ArrayList<>();
            for (int b = 0; b < biasMode.count(sizes[l]); b++) {
                biases.add(r.nextDouble() - 0.5);
            }
            double alpha = activations[l] == Activation.LEAKY_RELU ? 0.05 : activations[l] == Activation.ELU ? 0.7 : 0;
            layers.add(new Layer("l" + l, sizes[l], fanIn, activations[l], alpha, new Bias(biasMode, biases, frozen),
                    Strategy.AUTO, weights, 3 + l));
            fanIn = sizes[l];
        }
        return new Network("Random" + seed, "random.nn", new Input("x", inputs, false), layers, loss, optimizer,
                TrainingPlan.defaults(), Optional.empty(), Optional.empty());
    }

    /** The same network under another name, with inputs that are standardised or not. */
    public static Network renamed(Network n, String name, boolean normalize) {
        return new Network(name, name.toLowerCase() + ".nn", new Input(n.input().name(), n.input().size(), normalize),
                n.layers(), n.loss(), n.optimizer(), n.training(), n.data(), n.test());
    }

    /** The same network with layer l's strategy set to {@code strategies[l]}. */
    public static Network withStrategies(Network n, Strategy... strategies) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < n.layers().size(); l++) {
            Layer x = n.layers().get(l);
            layers.add(new Layer(x.name(), x.size(), x.fanIn(), x.activation(), x.alpha(), x.bias(), strategies[l],
                    x.weights(), x.line()));
        }
        return new Network(n.name(), n.sourceName(), n.input(), layers, n.loss(), n.optimizer(), n.training(), n.data(),
                n.test());
    }

    /** The same network with every layer's strategy set to {@code strategy}. */
    public static Network withStrategy(Network n, Strategy strategy) {
        Strategy[] all = new Strategy[n.layers().size()];
        java.util.Arrays.fill(all, strategy);
        return withStrategies(n, all);
    }

    /** The spec's linear example, which diverges. */
    public static Network linear() {
        return new Network("Linear", "linear.nn", new Input("i", 2, false), List.of(
                new Layer("h", 2, 2, Activation.LINEAR, 0, Bias.none(), Strategy.AUTO, List.of(0.21, 0.56, 0.19, 0.02), 4),
                new Layer("o", 1, 2, Activation.LINEAR, 0, Bias.none(), Strategy.AUTO, List.of(0.23, 0.16), 5)),
                Loss.HALF_SSE, OptimizerSettings.sgd(0.05), TrainingPlan.defaults(), Optional.empty(), Optional.empty());
    }

    /** Random samples whose targets suit {@code loss}: one-hot for cross_entropy, in (0,1) for bce. */
    public static Dataset samples(long seed, int count, int inputs, int outputs, Loss loss) {
        Random r = new Random(seed);
        double[][] x = new double[count][inputs];
        double[][] t = new double[count][outputs];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < inputs; i++) {
                x[s][i] = r.nextGaussian();
            }
            int hot = r.nextInt(outputs);
            for (int k = 0; k < outputs; k++) {
                switch (loss) {
                    case CROSS_ENTROPY:
                        t[s][k] = k == hot ? 1 : 0;
                        break;
                    case BCE:
                        t[s][k] = r.nextInt(2);
                        break;
                    default:
                        t[s][k] = r.nextDouble() * 2 - 1;
                }
            }
        }
        return new Dataset(x, t);
    }
}
