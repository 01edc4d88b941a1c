package dev.nnc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code -w/--weights W.json}: the trained parameters a command uses, from {@code nnc train --save};
 * without it, the weights the {@code .nn} file writes out ({@link ModelParameters}).
 */
final class WeightsOption {
    @Option(names = {"-w", "--weights"}, paramLabel = "W.json",
            description = "The weights file written by 'nnc train --save' (default: the weights the .nn file "
                    + "writes out, if it writes every one).")
    Path file;
}
