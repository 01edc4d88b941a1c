package dev.nnc.compiler.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random models that are mostly right: every statement of the language in random combinations
 * (activations, biases, strategies, losses, optimizers, initialisers, explicit weights, inline and
 * CSV data), with counts and widths that usually fit. They reach the checks and the back end in
 * combinations the samples do not have; a mutation or two then takes them just off the path.
 */
final class RandomModel {
    private static final List<String> ACTIVATIONS = List.of("linear", "sigmoid", "tanh", "relu", "leaky_relu(0.01)",
            "leaky_relu(a = -0.5)", "softmax");
    private static final List<String> LOSSES = List.of("half_sse", "sse", "mse", "bce", "cross_entropy");
    private static final List<String> OPTIMIZERS = List.of("sgd(rate = 0.5)", "sgd(0.01)", "momentum(0.1)",
            "momentum(rate = 0.05, beta = 0)", "adam(rate = 0.01)", "adam(0.1, 0.5, 0.9, 1e-4)",
            "sgd(rate = 0.1, weight_decay = 0.01)", "adam(rate = 0.01, weight_decay = 1e-4)", "rprop",
            "rprop(delta0 = 0.05, weight_decay = 0.001)", "rprop(eta_plus = 1.1, delta_max = 1)");
    private static final List<String> SCHEDULES = List.of("step(every = 2, factor = 0.5)", "exponential(factor = 0.9)",
            "cosine(min_rate = 0.001)", "cosine");
    private static final List<String> INITIALIZERS = List.of("xavier", "he", "uniform(-1, 1)", "normal(0, 0.1)",
            "uniform(a = 0, b = 0)", "normal(mean = 1, std = 0)");

    private final Random random;
    private final StringBuilder text = new StringBuilder();

    private RandomModel(long seed) {
        this.random = new Random(seed);
    }

    /** The model drawn from {@code seed}; the same seed gives the same text. */
    static String of(long seed) {
        return new RandomModel(seed).model();
    }

    private String model() {
        boolean csv = random.nextInt(6) == 0;
        int inputs = csv ? 4 : 1 + random.nextInt(5);
        int layers = 1 + random.nextInt(4);
        List<Integer> sizes = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            sizes.add(csv && l == layers - 1 ? 3 : 1 + random.nextInt(l == layers - 1 ? 4 : 12));
        }
        line("network " + pick(List.of("Net", "N", "Model", "x", "Mazur", "Exp", "Loss")) + " {");
        line("    input i[" + inputs + "]" + (random.nextBoolean() ? pick(List.of(" normalize", " normalize zscore",
                " normalize minmax")) : ""));
        for (int l = 0; l < layers; l++) {
            String activation = l == layers - 1 || random.nextInt(10) != 0 ? pick(ACTIVATIONS) : "softmax";
            if (activation.equals("softmax") && l < layers - 1) {
                activation = "tanh";
            }
            line("    layer h" + (char) ('a' + l) + "[" + sizes.get(l) + "] " + activation + bias(sizes.get(l))
                    + pick(List.of("", "", " unroll", " loop")));
        }
        line("    loss " + pick(LOSSES));
        weights(inputs, sizes);
        String optimizer = random.nextBoolean() ? pick(OPTIMIZERS) : "";
        if (!optimizer.isEmpty()) {
            line("    optimizer " + optimizer);
        }
        boolean rprop = optimizer.startsWith("rprop");
        if (!rprop && random.nextInt(3) == 0) {
            line("    schedule " + pick(SCHEDULES));
        }
        if (random.nextBoolean()) {
            line("    train epochs = " + random.nextInt(3) + (rprop ? "" : " batch = " + (1 + random.nextInt(4)))
                    + (random.nextBoolean() ? " shuffle seed = " + random.nextInt(100) : "")
                    + (random.nextInt(3) == 0 ? " patience = " + (1 + random.nextInt(3))
                    + (random.nextBoolean() ? " min_delta = 0.001" : "") : ""));
        }
        if (csv) {
            line("    data \"data/iris-train.csv\" label");
            line("    test \"data/iris-test.csv\" label");
        } else if (random.nextInt(4) != 0) {
            data("data", inputs, sizes.get(layers - 1));
            if (random.nextBoolean()) {
                data("test", inputs, sizes.get(layers - 1));
            }
            if (random.nextInt(4) == 0) {
                data("validation", inputs, sizes.get(layers - 1));
            } else if (random.nextInt(4) == 0) {
                line("    validation split = " + pick(List.of("0.5", "0.25", "0.9")) + " seed = " + random.nextInt(9));
            }
        }
        line("}");
        return text.toString();
    }

    private String bias(int size) {
        switch (random.nextInt(6)) {
            case 0:
                return " bias none";
            case 1:
                return " bias shared = " + number() + (random.nextBoolean() ? " frozen" : "");
            case 2:
                return " bias = " + list(size) + (random.nextBoolean() ? " frozen" : "");
            case 3:
                return " bias = " + number();
            default:
                return "";
        }
    }

    private void weights(int inputs, List<Integer> sizes) {
        int fanIn = inputs;
        List<String> perLayer = new ArrayList<>();
        int total = 0;
        for (int l = 0; l < sizes.size(); l++) {
            int count = fanIn * sizes.get(l);
            total += count;
            if (random.nextInt(3) == 0) {
                perLayer.add("    weights h" + (char) ('a' + l) + " = " + list(count));
            }
            fanIn = sizes.get(l);
        }
        if (random.nextInt(5) == 0) {
            line("    weights = " + list(total));
        } else {
            perLayer.forEach(this::line);
        }
        if (random.nextBoolean()) {
            line("    weights init " + pick(INITIALIZERS) + (random.nextBoolean() ? " seed = " + random.nextInt() : ""));
        }
    }

    private void data(String role, int inputs, int outputs) {
        line("    " + role + " {");
        for (int s = 0, samples = 1 + random.nextInt(4); s < samples; s++) {
            List<String> targets = new ArrayList<>();
            int hot = random.nextInt(outputs);
            for (int k = 0; k < outputs; k++) {
                targets.add(random.nextBoolean() ? (k == hot ? "1" : "0") : number());
            }
            line("        " + list(inputs) + " -> [" + String.join(", ", targets) + "]");
        }
        line("    }");
    }

    private String list(int count) {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            values.add(number());
        }
        return "[" + String.join(", ", values) + "]";
    }

    private String number() {
        switch (random.nextInt(8)) {
            case 0:
                return "0";
            case 1:
                return Integer.toString(random.nextInt(7) - 3);
            default:
                return Double.toString(Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0);
        }
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
