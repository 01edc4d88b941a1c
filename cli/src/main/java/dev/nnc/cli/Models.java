package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.check.TrainingData;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.data.ValidationData;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.compiler.model.DataSource;
import dev.nnc.compiler.model.Precision;
import dev.nnc.onnx.imports.OnnxImporter;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        return compile(file, packageName, false, Optional.empty(), reporter);
    }

    /**
     * The compiled network of {@code file}, its input-major loop layers written with the Vector API
     * when {@code vectorApi}, in {@code precision} when given (else the file's), or empty after
     * reporting why not.
     */
    static Optional<CompiledNetwork> compile(Path file, String packageName, boolean vectorApi,
                                             Optional<Precision> precision, Reporter reporter) {
        Optional<SourceFile> source = read(file, reporter);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        // compiling reads the data files the network names, to report their problems: they may be large
        return OutOfMemory.guard("compiling " + file + " and reading the data files it names", reporter, () -> {
            Result<CompiledNetwork> result = NncCompiler.compile(source.get(), packageName, vectorApi, precision);
            reporter.diagnostics(result.diagnostics());
            return result.hasErrors() ? Optional.empty() : result.value();
        });
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

    /**
     * The training samples of {@code network} and its validation samples (its own, or those its
     * {@code validation split} holds out), or empty after reporting every problem.
     */
    static Optional<ValidationData.Sets> trainingSets(CompiledNetwork network, String purpose, Reporter reporter) {
        return trainingData(network, purpose, reporter).flatMap(data -> OutOfMemory.guard("reading the validation data",
                reporter, () -> {
                    Result<ValidationData.Sets> sets = ValidationData.of(network.model(), data, network.source());
                    reporter.diagnostics(sets.diagnostics());
                    return sets.hasErrors() ? Optional.empty() : sets.value();
                }));
    }

    /** The samples of {@code source}, or empty after reporting every problem in them. */
    static Optional<Dataset> data(CompiledNetwork network, DataSource source, Reporter reporter) {
        return OutOfMemory.guard("reading " + describe(source), reporter, () -> {
            Result<Dataset> result = DataLoader.load(network.model(), source, network.source());
            reporter.diagnostics(result.diagnostics());
            return result.hasErrors() ? Optional.empty() : result.value();
        });
    }

    /** "data file 'train.csv' (2 GB)", or "the inline samples". */
    private static String describe(DataSource source) {
        if (!(source instanceof CsvSource csv)) {
            return "the inline samples";
        }
        try {
            return "data file '" + csv.written() + "' (" + InputFiles.size(Files.size(csv.path())) + ")";
        } catch (IOException | RuntimeException e) {
            return "data file '" + csv.written() + "'";
        }
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

    /**
     * The text of {@code file}, read by the compiler's one reader, or empty after reporting E040 or
     * E041; an ONNX model ({@code .onnx}) is imported in memory, or reported as {@code FILE: error: ...}.
     */
    private static Optional<SourceFile> read(Path file, Reporter reporter) {
        Result<SourceFile> read = OnnxImporter.isOnnx(file) ? OnnxImporter.source(file, file.toString())
                : SourceReader.read(file);
        reporter.diagnostics(read.diagnostics());
        return read.value();
    }
}
