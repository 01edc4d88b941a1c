package dev.nnc.compiler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.runtime.Activation;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each activation's definition against the formulas of the language reference (written here
 * independently) and its derivative against central finite differences of its own value.
 */
class ActivationFunctionTest {
    private static final double[] POINTS = {-30, -4.5, -1.25, -0.3, -1e-3, 1e-3, 0.3, 1.25, 4.5, 30};

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The reference's f and f' (ADDITIONS-2026-12.md and LANGUAGE.md), with parameter a. */
    private static DoubleUnaryOperator reference(ActivationFunction f, double a, boolean derivative) {
        return switch (f) {
            case LINEAR -> z -> derivative ? 1 : z;
            case SIGMOID -> z -> derivative ? sigmoid(z) * (1 - sigmoid(z)) : sigmoid(z);
            case TANH -> z -> derivative ? 1 - Math.tanh(z) * Math.tanh(z) : Math.tanh(z);
            case RELU -> z -> derivative ? (z > 0 ? 1 : 0) : Math.max(0, z);
            case LEAKY_RELU -> z -> derivative ? (z > 0 ? 1 : a) : (z > 0 ? z : a * z);
            case SOFTPLUS -> z -> derivative ? sigmoid(z) : Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0);
            case SILU -> z -> derivative ? sigmoid(z) * (1 + z * (1 - sigmoid(z))) : z * sigmoid(z);
            case ELU -> z -> derivative ? (z > 0 ? 1 : a * Math.exp(z)) : (z > 0 ? z : a * (Math.exp(z) - 1));
        };
    }

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void valueAndDerivativeAreTheReferenceFormulas(ActivationFunction f) {
        double a = f.parameter().isPresent() ? 0.3 : 0;
        for (double z : POINTS) {
            assertClose(reference(f, a, false).applyAsDouble(z), f.value(a, z), f + " at " + z);
            assertClose(reference(f, a, true).applyAsDouble(z), f.derivativeValue(a, z), f + "' at " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void derivativeIsTheSlopeOfTheValue(ActivationFunction f) {
        double a = f.parameter().isPresent() ? 0.7 : 0;
        double h = 1e-6;
        for (double z : POINTS) {
            double slope = (f.value(a, z + h) - f.value(a, z - h)) / (2 * h);
            assertEquals(slope, f.derivativeValue(a, z), 1e-6 * Math.max(1, Math.abs(slope)), f + "' at " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void largeInputsStayFinite(ActivationFunction f) {
        for (double z : new double[] {-800, 800}) {
            assertTrue(Double.isFinite(f.value(1, z)), f + " at " + z);
            assertTrue(Double.isFinite(f.derivativeValue(1, z)), f + "' at " + z);
        }
    }

    @Test
    void everyActivationButSoftmaxIsDefinedOnce() {
        for (Activation activation : Activation.values()) {
            assertEquals(activation != Activation.SOFTMAX, ActivationFunction.of(activation).isPresent(), activation.name());
            ActivationFunction.of(activation).ifPresent(f -> assertEquals(activation, f.activation()));
            ActivationFunction.of(activation).ifPresent(f ->
                    assertEquals(activation.parameterised(), f.parameter().isPresent(), activation.name()));
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }
}
