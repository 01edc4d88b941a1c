package dev.nnc.runtime;

/** How a layer's neurons get their bias. */
public enum BiasMode {
    /** No bias. */
    NONE,
    /** One bias shared by every neuron of the layer, as in the worked example. */
    SHARED,
    /** One bias per neuron (the default). */
    PER_NEURON;

    /** How many bias parameters a layer of {@code size} neurons has in this mode. */
    public int count(int size) {
        return switch (this) {
            case NONE -> 0;
            case SHARED -> 1;
            case PER_NEURON -> size;
        };
    }
}
