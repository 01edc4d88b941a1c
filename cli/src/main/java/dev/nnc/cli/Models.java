package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.check.TrainingData;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.DataSource;
import dev.nnc.runtime.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Reads, compiles and loads the data of {@code .nn} files for the commands, reporting every problem. */
final class Models {
    private Models() {
    }

    /** The compiled network of {@code file} (scalar loops), or empty after reporting why not. */
    static Optional<CompiledNetwork> compile(Path file, String packageName, Reporter reporter) {
        return compile(file, packageName, false, reporter);
    }

    /**
     * The compiled network of {@code file}, its input-major loop layers written with the Vector API
     * when {@code vectorApi}, or empty after reporting why not.
     */
    static Optional<CompiledNetwork> compile(Path file, String packageName, boolean vectorApi, Reporter reporter) {
        Optional<SourceFile> source = read(file, reporter);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Result<CompiledNetwork> result = NncCompiler.compile(source.get(), packageName, vectorApi);
        reporter.diagnostics(result.diagnostics());
        return result.hasErrors() ? Optional.empty() : result.value();
    }

    /**
     * The training samples of {@code network}, or empty after reporting every problem in them, or
     * error E036 at the network's name when it has none ({@code purpose} says what they are for,
     * e.g. "to train on").
     */
    static Optional<Dataset> trainingData(CompiledNetwork network, String purpose, Reporter reporter) {
        Optional<dev.nnc.compiler.diag.Diagnostic> missing =
                TrainingData.missing(network.source(), network.model(), purpose);
        if (missing.isPresent()) {
            reporter.diagnostics(java.util.List.of(missing.get()));
            return Optional.empty();
        }
        return data(network, network.model().data().get(), reporter);
    }

    /** The samples of {@code source}, or empty after reporting every problem in them. */
    static Optional<Dataset> data(CompiledNetwork network, DataSource source, Reporter reporter) {
        Result<Dataset> result = DataLoader.load(network.model(), source, network.source());
        reporter.diagnostics(result.diagnostics());
        return result.hasErrors() ? Optional.empty() : result.value();
    }

    /** The SHA-256 of the network's {@code .nn} text (UTF-8, lines ending in \n), in hex: its fingerprint in weights files. */
    static String sourceHash(CompiledNetwork network) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(network.source().text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<SourceFile> read(Path file, Reporter reporter) {
        try {
            return Optional.of(new SourceFile(file.toString(), file, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            reporter.failure(file + ": no such file");
        } catch (MalformedInputException e) {
            reporter.failure(file + ": not a UTF-8 text file");
        } catch (IOException e) {
            reporter.failure(file + ": cannot read (" + Reporter.cause(file, e) + ")");
        }
        return Optional.empty();
    }
}
