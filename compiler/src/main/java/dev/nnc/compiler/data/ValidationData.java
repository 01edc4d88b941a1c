package dev.nnc.compiler.data;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.ValidationSplit;
import dev.nnc.runtime.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * The samples a network trains on and those it is validated on: its {@code validation} samples,
 * or the share of its training samples that {@code validation split = f} holds out (stratified by
 * class for {@code label} data, see the runtime's {@code ValidationSplit}), or none.
 */
public final class ValidationData {
    private ValidationData() {
    }

    /** Training samples, and validation samples when the network has any. */
    public record Sets(Dataset training, Optional<Dataset> validation) {
    }

    /** The sets of {@code network}, whose training samples {@code data} are already loaded. */
    public static Result<Sets> of(Network network, Dataset data, SourceFile nnFile) {
        if (network.validation().isPresent()) {
            Result<Dataset> validation = DataLoader.load(network, network.validation().get(), nnFile);
            return validation.hasErrors() ? Result.failed(validation.diagnostics())
                    : Result.of(new Sets(data, validation.value()), validation.diagnostics());
        }
        if (network.split().isEmpty()) {
            return Result.of(new Sets(data, Optional.empty()), List.of());
        }
        ValidationSplit split = network.split().get();
        boolean labelled = network.data().filter(d -> d instanceof CsvSource csv && csv.label()).isPresent();
        dev.nnc.runtime.ValidationSplit.Parts parts =
                dev.nnc.runtime.ValidationSplit.split(data, split.fraction(), split.seed(), labelled);
        if (parts.validation().size() == 0 || parts.training().size() == 0) {
            String which = parts.validation().size() == 0 ? "holds out no sample" : "leaves no sample to train on";
            return Result.failed(List.of(Diagnostic.error(Code.BAD_VALIDATION_SPLIT.id(), split.span(),
                    "validation split = " + split.fraction() + " of " + data.size() + " training sample"
                            + (data.size() == 1 ? "" : "s") + " " + which + (labelled ? " (it rounds per class)" : "")
                            + "; choose a fraction that leaves samples on both sides, or give validation data")));
        }
        return Result.of(new Sets(parts.training(), Optional.of(parts.validation())), List.of());
    }
}
