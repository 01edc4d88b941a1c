package dev.nnc.runtime;

/**
 * iRPROP-'s settings: every parameter's step starts at {@code delta0}, grows by {@code etaPlus} (up
 * to {@code deltaMax}) while its gradient keeps its sign and shrinks by {@code etaMinus} (down to
 * {@code deltaMin}) when the sign flips.
 */
public record RpropSettings(double delta0, double deltaMin, double deltaMax, double etaPlus, double etaMinus) {
    /** FANN's and Encog's defaults: 0.1, 1e-6, 50, 1.2, 0.5. */
    public static final RpropSettings DEFAULTS = new RpropSettings(0.1, 1e-6, 50, 1.2, 0.5);
}
