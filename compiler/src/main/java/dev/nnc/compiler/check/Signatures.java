package dev.nnc.compiler.check;

import dev.nnc.compiler.graph.ActivationFunction;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;

/** The parameters each activation, optimizer and initialiser takes. */
final class Signatures {
    private static final Param RATE = Param.optional("rate", OptimizerSettings.DEFAULT_RATE, "the learning rate");

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
            case SGD -> Signature.of("sgd", "sgd(rate = 0.1)", RATE);
            case MOMENTUM -> Signature.of("momentum", "momentum(rate = 0.1, beta = 0.9)", RATE,
                    Param.optional("beta", OptimizerSettings.DEFAULT_BETA, "the decay of the velocity"));
            case ADAM -> Signature.of("adam", "adam(rate = 0.01)", RATE,
                    Param.optional("beta1", OptimizerSettings.DEFAULT_BETA1, "the decay of the first moment"),
                    Param.optional("beta2", OptimizerSettings.DEFAULT_BETA2, "the decay of the second moment"),
                    Param.optional("eps", OptimizerSettings.DEFAULT_EPS, "added to the denominator"));
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
