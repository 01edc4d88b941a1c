package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.parse.SourceParser;
import java.util.Optional;

/**
 * The one check that depends on the command: {@code train}, {@code check} and {@code explain}
 * need training data, which a network written only to be generated may leave out. Reported at the
 * network's name, like every other error in the file.
 */
public final class TrainingData {
    private TrainingData() {
    }

    /**
     * Error E036 when {@code network} (checked from {@code file}) has no training data; {@code
     * purpose} says what the data is for, e.g. "to train on".
     */
    public static Optional<Diagnostic> missing(SourceFile file, Network network, String purpose) {
        if (network.data().isPresent()) {
            return Optional.empty();
        }
        NetworkDecl decl = SourceParser.parseAndSalvage(file).result().value().orElseThrow(
                () -> new IllegalArgumentException("a checked network's file parses")).networks().get(0);
        return Optional.of(Diagnostic.error(Code.NO_TRAINING_DATA.id(), decl.name().span(),
                "network '" + network.name() + "' has no training data " + purpose + ": add a block"
                        + " 'data { [x, ...] -> [t, ...] }' or a line 'data \"file.csv\"'"));
    }
}
