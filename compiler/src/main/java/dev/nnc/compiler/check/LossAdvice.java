package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.LossStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Loss;

/** Warns about a loss that does not suit the output layer's activation; the network still compiles. */
final class LossAdvice {
    private LossAdvice() {
    }

    static void check(Loss loss, LossStatement statement, String output, Activation activation, Problems problems) {
        String uses = "the output layer '" + output + "' uses " + activation.spelling();
        if (loss == Loss.BCE && activation != Activation.SIGMOID) {
            problems.warning(Code.BCE_WITHOUT_SIGMOID, statement.kind().span(), "'bce' is meant for sigmoid outputs"
                    + " (values between 0 and 1), but " + uses);
        } else if (loss == Loss.CROSS_ENTROPY && activation != Activation.SOFTMAX) {
            problems.warning(Code.CROSS_ENTROPY_WITHOUT_SOFTMAX, statement.kind().span(), "'cross_entropy' is meant"
                    + " for a softmax output layer, but " + uses);
        } else if (activation == Activation.SOFTMAX && loss != Loss.CROSS_ENTROPY) {
            problems.warning(Code.SOFTMAX_WITHOUT_CROSS_ENTROPY, statement.kind().span(), uses + ", which goes with"
                    + " 'cross_entropy', not '" + loss.spelling() + "'");
        }
    }
}
