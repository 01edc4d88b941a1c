package dev.nnc.bench;

/** What is benchmarked: nnc's generated class and the alternatives. */
public enum Implementation {
    /** The class nnc generated at build time. */
    NNC("nnc generated class"),
    /** The class nnc generated at build time with {@code --vector} (the Vector API). */
    NNC_VECTOR("nnc --vector"),
    /** The class nnc generated at build time with {@code --precision float}. */
    NNC_FLOAT("nnc float"),
    /** The class nnc generated at build time with {@code --precision float --vector}. */
    NNC_FLOAT_VECTOR("nnc float --vector"),
    /** The runtime's {@link dev.nnc.runtime.GenericMlp}: the generic array-based MLP any Java developer would write. */
    GENERIC("generic Java MLP"),
    /** Encog 3.4 {@code Backpropagation}. */
    ENCOG("Encog 3.4"),
    /** nnc's graph interpreter. */
    INTERPRETER("graph interpreter");

    private final String label;

    Implementation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A fresh trainer of {@code network} with its initial parameters. */
    public Step create(BenchmarkNetwork network) {
        return switch (this) {
            case NNC -> network.generated()::train;
            case NNC_VECTOR -> network.generatedWithVectorApi()::train;
            case NNC_FLOAT -> network.generatedInFloat(false)::train;
            case NNC_FLOAT_VECTOR -> network.generatedInFloat(true)::train;
            case GENERIC -> network.generic()::train;
            case ENCOG -> new EncogStep(network, network.initialParameters());
            case INTERPRETER -> new InterpreterStep(network.model(), network.initialParameters());
        };
    }
}
