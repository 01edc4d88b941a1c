package dev.nnc.compiler.check;

import dev.nnc.compiler.graph.ActivationFunction;
import dev.nnc.runtime.Activation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What people coming from other tools call the language's words, for "did you mean": Keras's
 * {@code categorical_crossentropy}, PyTorch's {@code lr}, the textbooks' {@code logistic}. Matched
 * ignoring case, '-' and '_'; a synonym is only offered where its word is allowed.
 */
final class Synonyms {
    static final Map<String, List<String>> ACTIVATIONS = activations();

    static final Map<String, List<String>> LOSSES = Map.of(
            "mse", List.of("mean_squared_error", "mean_square_error", "l2", "squared_error", "quadratic"),
            "sse", List.of("sum_squared_error", "sum_of_squares", "sum_squares"),
            "half_sse", List.of("half_squared_error", "squared_error_half", "half_mse"),
            "bce", List.of("binary_crossentropy", "binary_cross_entropy", "log_loss", "logloss", "logistic",
                    "bce_loss", "bce_with_logits"),
            "cross_entropy", List.of("categorical_crossentropy", "categorical_cross_entropy", "ce", "nll",
                    "softmax_cross_entropy", "xent", "cross_entropy_loss", "crossentropyloss", "log_likelihood"));

    static final Map<String, List<String>> PRECISIONS = Map.of(
            "float", List.of("single", "float32", "f32", "fp32", "binary32"),
            "double", List.of("float64", "f64", "fp64", "binary64"));

    static final Map<String, List<String>> SCALINGS = Map.of(
            "zscore", List.of("z_score", "standard", "standardize", "standardise", "standard_scaler", "std",
                    "mean_std"),
            "minmax", List.of("min_max", "min_max_scaler", "minmax_scaler", "range", "unit", "rescale", "scale"));

    static final Map<String, List<String>> OPTIMIZERS = Map.of(
            "sgd", List.of("gd", "gradient_descent", "stochastic_gradient_descent", "backprop"),
            "momentum", List.of("sgd_momentum", "nesterov", "heavy_ball"),
            "adam", List.of("adamw", "adam_optimizer"));

    static final Map<String, List<String>> INITIALIZERS = Map.of(
            "xavier", List.of("glorot", "glorot_uniform", "xavier_uniform"),
            "he", List.of("kaiming", "kaiming_normal", "he_normal", "msra"),
            "normal", List.of("gaussian", "randn", "random_normal"),
            "uniform", List.of("random", "rand", "random_uniform"));

    /** Parameter names of activations, optimizers and initialisers. */
    static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("rate", List.of("lr", "learning_rate", "learningrate", "eta", "alpha", "step_size")),
            Map.entry("beta", List.of("momentum", "mu", "gamma")),
            Map.entry("beta1", List.of("b1")),
            Map.entry("beta2", List.of("b2")),
            Map.entry("eps", List.of("epsilon")),
            Map.entry("a", List.of("alpha", "slope", "negative_slope", "leak", "low", "min", "lower", "from")),
            Map.entry("b", List.of("high", "max", "upper", "to")),
            Map.entry("std", List.of("sigma", "stddev", "sd", "scale", "deviation")),
            Map.entry("mean", List.of("mu", "loc", "average")));

    private Synonyms() {
    }

    /** The element-wise activations' own synonyms, and softmax's. */
    private static Map<String, List<String>> activations() {
        Map<String, List<String>> map = new HashMap<>();
        for (ActivationFunction f : ActivationFunction.values()) {
            map.put(f.activation().spelling(), f.synonyms());
        }
        map.put(Activation.SOFTMAX.spelling(), List.of("soft_argmax", "normalized_exponential"));
        return Map.copyOf(map);
    }
}
