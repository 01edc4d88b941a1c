package dev.nnc.compiler.check;

import dev.nnc.compiler.graph.ActivationFunction;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.RpropSettings;
import dev.nnc.runtime.Schedule;

/** The parameters each activation, optimizer and initialiser takes. */
final class Signatures {
    private static final Param RATE = Param.optional("rate", OptimizerSettings.DEFAULT_RATE, "the learning rate");
    private static final Param DECAY = Param.optional("weight_decay", 0.0, "the L2 penalty on the weights");

    private Signatures() {
    }

    static Signature of(Activation activation) {
        String word = activation.spelling();
        return ActivationFunction.of(activation).flatMap(ActivationFunction::parameter)
                .map(p -> Signature.of(word, word + "(" + p.example() + ")", p.defaultValue().isPresent()
                        ? Param.optional(p.name(), p.defaultValue().getAsDouble(), p.meaning())
                        : Param.required(p.name(), p.meaning())))
                .orElse(Signature.of(word, word));
    }

    static Signature of(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> Signature.of("sgd", "sgd(rate = 0.1)", RATE, DECAY);
            case MOMENTUM -> Signature.of("momentum", "momentum(rate = 0.1, beta = 0.9)", RATE,
                    Param.optional("beta", OptimizerSettings.DEFAULT_BETA, "the decay of the velocity"), DECAY);
            case ADAM -> Signature.of("adam", "adam(rate = 0.01)", RATE,
                    Param.optional("beta1", OptimizerSettings.DEFAULT_BETA1, "the decay of the first moment"),
                    Param.optional("beta2", OptimizerSettings.DEFAULT_BETA2, "the decay of the second moment"),
                    Param.optional("eps", OptimizerSettings.DEFAULT_EPS, "added to the denominator"), DECAY);
            case RPROP -> Signature.of("rprop", "rprop(delta0 = 0.1)",
                    Param.optional("delta0", RpropSettings.DEFAULTS.delta0(), "every parameter's first step"),
                    Param.optional("delta_min", RpropSettings.DEFAULTS.deltaMin(), "the smallest step"),
                    Param.optional("delta_max", RpropSettings.DEFAULTS.deltaMax(), "the largest step"),
                    Param.optional("eta_plus", RpropSettings.DEFAULTS.etaPlus(), "the growth of a step"),
                    Param.optional("eta_minus", RpropSettings.DEFAULTS.etaMinus(), "the shrinking of a step"), DECAY);
        };
    }

    static Signature of(Schedule.Kind kind) {
        return switch (kind) {
            case STEP -> Signature.of("step", "step(every = 10, factor = 0.5)",
                    Param.required("every", "the epochs between two changes of the rate"),
                    Param.required("factor", "what the rate is multiplied by"));
            case EXPONENTIAL -> Signature.of("exponential", "exponential(factor = 0.95)",
                    Param.required("factor", "what the rate is multiplied by every epoch"));
            case COSINE -> Signature.of("cosine", "cosine(min_rate = 0)",
                    Param.optional("min_rate", 0.0, "the rate at the end of training"));
            case CONSTANT -> Signature.of("constant", "constant");
        };
    }

    static Signature of(InitScheme scheme) {
        return switch (scheme) {
            case UNIFORM -> Signature.of("uniform", "uniform(-0.5, 0.5)", Param.required("a", "the lower bound"),
                    Param.required("b", "the upper bound"));
            case NORMAL -> Signature.of("normal", "normal(0, 0.1)", Param.required("mean", "the mean"),
                    Param.required("std", "the standard deviation"));
            case XAVIER, HE -> Signature.of(scheme.spelling(), scheme.spelling());
        };
    }
}
