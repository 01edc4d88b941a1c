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
        switch (loss) {
            case HALF_SSE:
                return "half the squared error of each output, added up";
            case SSE:
                return "the squared error of each output, added up";
            case MSE:
                return "the mean of the outputs' squared errors";
            case BCE:
                return "binary cross-entropy, averaged over the outputs";
            case CROSS_ENTROPY:
                return "cross-entropy: minus the log of the probability given to the target class";
            default:
                throw new IllegalStateException(loss.toString());
        }
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
        switch (loss) {
            case HALF_SSE:
                return "\\tfrac{1}{2}(" + t + " - " + y + ")^{2}";
            case SSE:
                return "(" + t + " - " + y + ")^{2}";
            case MSE:
                return "(" + y + " - " + t + ")^{2}";
            case BCE:
                return "-(" + t + " \\ln " + y + " + (1 - " + t + ") \\ln(1 - " + y + "))";
            case CROSS_ENTROPY:
                return "-" + t + " \\ln " + y;
            default:
                throw new IllegalStateException(loss.toString());
        }
    }

    /** One output's term with numbers; {@code net} is the output's net input (for the stable forms). */
    double termValue(double t, double y, double net) {
        switch (loss) {
            case HALF_SSE:
                return 0.5 * (t - y) * (t - y);
            case SSE:
                return (t - y) * (t - y);
            case MSE:
                return (y - t) * (y - t);
            case BCE:
                if (output == Activation.SIGMOID) {
                    return -(t * -Functions.softplus(-net) + (1 - t) * -Functions.softplus(net));
                }
                return -(t * Math.log(y) + (1 - t) * Math.log(1 - y));
            case CROSS_ENTROPY:
                return t == 0 ? 0 : -t * Math.log(y);
            default:
                throw new IllegalStateException(loss.toString());
        }
    }

    /** {@code E_total} from the terms' symbols: {@code E_{o1} + E_{o2}}, or {@code \frac{1}{2}(...)}. */
    String total(String sumOfTerms) {
        return averaged() ? "\\frac{1}{" + n + "}(" + sumOfTerms + ")" : sumOfTerms;
    }

    /** dE/dy for one output, symbols: {@code out_{o1} - t_{1}}. */
    String gradient(String t, String y) {
        switch (loss) {
            case HALF_SSE:
                return y + " - " + t;
            case SSE:
                return "2(" + y + " - " + t + ")";
            case MSE:
                return (n == 1 ? "2" : "\\frac{2}{" + n + "}") + "(" + y + " - " + t + ")";
            case BCE:
                return "\\frac{" + y + " - " + t + "}{" + (n == 1 ? "" : n + " \\cdot ") + y + "(1 - " + y + ")}";
            case CROSS_ENTROPY:
                return "-\\frac{" + t + "}{" + y + "}";
            default:
                throw new IllegalStateException(loss.toString());
        }
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
