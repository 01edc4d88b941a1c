package dev.nnc.compiler.explain;

import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Functions;
import dev.nnc.runtime.Loss;

/**
 * A loss in words and in LaTeX. The sample's loss is {@code scale} times the sum of one term per
 * output, {@code E_{o1} + E_{o2} + ...}, as the tutorials split {@code E_total}; this class writes
 * each term, the gradient it sends into the network, and the fused forms.
 */
final class LossText {
    private final Loss loss;
    private final Activation output;
    private final int n;

    LossText(Loss loss, Activation output, int outputs) {
        this.loss = loss;
        this.output = output;
        this.n = outputs;
    }

    /** A sentence describing the loss. */
    String description() {
        return switch (loss) {
            case HALF_SSE -> "half the squared error of each output, added up";
            case SSE -> "the squared error of each output, added up";
            case MSE -> "the mean of the outputs' squared errors";
            case BCE -> "binary cross-entropy, averaged over the outputs";
            case CROSS_ENTROPY -> "cross-entropy: minus the log of the probability given to the target class";
        };
    }

    /** Whether {@code E_total} is the mean of the terms rather than their sum. */
    boolean averaged() {
        return (loss == Loss.MSE || loss == Loss.BCE) && n > 1;
    }

    /** Whether the gradient enters at the output layer's net inputs in a simplified form. */
    boolean fused() {
        return (loss == Loss.BCE && output == Activation.SIGMOID)
                || (loss == Loss.CROSS_ENTROPY && output == Activation.SOFTMAX);
    }

    /** One output's term with symbols: {@code \tfrac{1}{2}(t_{1} - out_{o1})^{2}}. */
    String term(String t, String y) {
        return switch (loss) {
            case HALF_SSE -> "\\tfrac{1}{2}(" + t + " - " + y + ")^{2}";
            case SSE -> "(" + t + " - " + y + ")^{2}";
            case MSE -> "(" + y + " - " + t + ")^{2}";
            case BCE -> "-(" + t + " \\ln " + y + " + (1 - " + t + ") \\ln(1 - " + y + "))";
            case CROSS_ENTROPY -> "-" + t + " \\ln " + y;
        };
    }

    /** One output's term with numbers; {@code net} is the output's net input (for the stable forms). */
    double termValue(double t, double y, double net) {
        return switch (loss) {
            case HALF_SSE -> 0.5 * (t - y) * (t - y);
            case SSE -> (t - y) * (t - y);
            case MSE -> (y - t) * (y - t);
            case BCE -> output == Activation.SIGMOID
                    ? -(t * -Functions.softplus(-net) + (1 - t) * -Functions.softplus(net))
                    : -(t * Math.log(y) + (1 - t) * Math.log(1 - y));
            case CROSS_ENTROPY -> t == 0 ? 0 : -t * Math.log(y);
        };
    }

    /** {@code E_total} from the terms' symbols: {@code E_{o1} + E_{o2}}, or {@code \frac{1}{2}(...)}. */
    String total(String sumOfTerms) {
        return averaged() ? "\\frac{1}{" + n + "}(" + sumOfTerms + ")" : sumOfTerms;
    }

    /** dE/dy for one output, symbols: {@code out_{o1} - t_{1}}. */
    String gradient(String t, String y) {
        return switch (loss) {
            case HALF_SSE -> y + " - " + t;
            case SSE -> "2(" + y + " - " + t + ")";
            case MSE -> (n == 1 ? "2" : "\\frac{2}{" + n + "}") + "(" + y + " - " + t + ")";
            case BCE -> "\\frac{" + y + " - " + t + "}{" + (n == 1 ? "" : n + " \\cdot ") + y + "(1 - " + y + ")}";
            case CROSS_ENTROPY -> "-\\frac{" + t + "}{" + y + "}";
        };
    }

    /** The fused dE/dnet for one output, symbols: {@code out_{y1} - t_{1}} or {@code \frac{...}{n}}. */
    String fusedDelta(String t, String y) {
        return loss == Loss.BCE && n > 1 ? "\\frac{" + y + " - " + t + "}{" + n + "}" : y + " - " + t;
    }

    /** Why the fused form holds, one sentence. */
    String fusedReason() {
        return loss == Loss.BCE
                ? "With a sigmoid output and the bce loss, the two factors of the chain rule cancel into a simple "
                        + "form: the loss's derivative has $y(1 - y)$ in its denominator, and the sigmoid's derivative is "
                        + "$y(1 - y)$."
                : "With a softmax output and the cross_entropy loss, the softmax Jacobian and the derivative of "
                        + "$-\\ln y$ cancel into a simple form.";
    }
}
