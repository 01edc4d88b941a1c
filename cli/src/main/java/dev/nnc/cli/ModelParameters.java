package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.check.ExplicitWeights;
import dev.nnc.compiler.data.ValidationData;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Normalization;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.Weights;
import dev.nnc.runtime.WeightsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The parameters a command uses a network with: a weights file written by {@code train --save}, or,
 * without one, the weights the {@code .nn} file writes out itself (the network as {@code train
 * --epochs 0} would leave it).
 */
final class ModelParameters {
    private ModelParameters() {
    }

    /**
     * Gives {@code net} its parameters for {@code command} (predict, evaluate): from {@code weights} when
     * given, else from the file, whose every weight must then be written out, with the input
     * normalisation of its training data when it normalises. Returns 0, or the exit code after
     * reporting why not.
     */
    static int apply(Network net, CompiledNetwork network, Optional<Path> weights, String command,
                     Reporter reporter) {
        if (weights.isPresent()) {
            return load(net, network, weights.get(), true, reporter) ? 0 : Main.MODEL_ERROR;
        }
        if (!ExplicitWeights.given(network.source(), network.model())) {
            reporter.usage(command + " needs --weights W.json (written by 'nnc train --save'): "
                    + network.source().displayName() + " draws its weights with 'weights init' instead of writing"
                    + " them out");
            return Main.USAGE;
        }
        return normalizeFromTrainingData(net, network, "to take the input normalisation from (or give --weights W.json)",
                reporter) ? 0 : Main.MODEL_ERROR;
    }

    /**
     * Loads the weights file {@code weights} into {@code net}; with {@code warnIfEdited}, warns when it
     * was trained from another text of the {@code .nn} file. False after reporting why it cannot.
     */
    static boolean load(Network net, CompiledNetwork network, Path weights, boolean warnIfEdited, Reporter reporter) {
        return loaded(net, network, weights, warnIfEdited, reporter).isPresent();
    }

    /** As {@link #load}, returning the weights file's provenance, or empty after reporting why it cannot. */
    static Optional<Provenance> loaded(Network net, CompiledNetwork network, Path weights, boolean warnIfEdited,
                                       Reporter reporter) {
        try {
            Provenance provenance = Weights.load(net, weights);
            if (warnIfEdited && provenance.sourceSha256().filter(h -> !h.equals(Models.sourceHash(network))).isPresent()) {
                reporter.warning(weights + " was trained from a different version of " + network.source().displayName()
                        + " (the SHA-256 of its text differs); the weights are used as saved");
            }
            return Optional.of(provenance);
        } catch (WeightsException e) {
            reporter.failure(e.getMessage());
        } catch (IOException e) {
            reporter.failure(weights + ": cannot read (" + Reporter.cause(weights, e) + ")");
        }
        return Optional.empty();
    }

    /**
     * Sets {@code net}'s input normalisation as training would compute it from the network's training
     * data (without a validation split's samples), when it normalises; false after reporting why not
     * ({@code purpose} says what for, as in "to take the input normalisation from").
     */
    static boolean normalizeFromTrainingData(Network net, CompiledNetwork network, String purpose, Reporter reporter) {
        if (!net.normalizesInputs()) {
            return true;
        }
        Optional<Dataset> train = Models.trainingSets(network, purpose, reporter).map(ValidationData.Sets::training);
        if (train.isEmpty()) {
            return false;
        }
        Normalization stats = Normalization.of(train.get(), net.normalizationKind());
        net.setInputNormalization(stats.mean(), stats.std());
        return true;
    }
}
