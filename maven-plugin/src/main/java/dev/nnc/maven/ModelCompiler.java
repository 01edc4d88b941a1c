package dev.nnc.maven;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.ErrorLimit;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.compiler.model.DataSource;
import dev.nnc.compiler.model.Network;
import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.imports.OnnxImporter;
import dev.nnc.onnx.read.OnnxReader;
import dev.nnc.runtime.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compiles one model, with the same compiler the command line uses, into the files it generates:
 * its network class and, when the request asks for them, its verification test.
 */
final class ModelCompiler {
    /** A file to generate. */
    record GeneratedFile(Path path, byte[] content) {
    }

    /**
     * A compiled model.
     *
     * @param className the network class's qualified name
     * @param files what it generates
     * @param dataFiles the data files it names, training then test
     * @param fingerprint what the files were generated from
     */
    record Output(String className, List<GeneratedFile> files, List<Path> dataFiles, String fingerprint) {
        Output {
            files = List.copyOf(files);
            dataFiles = List.copyOf(dataFiles);
        }
    }

    private final GenerateRequest request;
    private final String compiler;
    private final Consumer<Problem> problems;

    ModelCompiler(GenerateRequest request, String compiler, Consumer<Problem> problems) {
        this.request = request;
        this.compiler = compiler;
        this.problems = problems;
    }

    /** The outputs of {@code model} in {@code packageName}, or empty after reporting its errors. */
    Optional<Output> compile(ModelFile model, String packageName) throws IOException {
        String display = request.display(model.path());
        boolean onnx = OnnxImporter.isOnnx(model.path());
        Result<byte[]> read = onnx ? onnxBytes(model.path(), display) : SourceReader.bytes(model.path(), display);
        if (!report(model, read.diagnostics()) || read.value().isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.value().get();
        Result<SourceFile> source = onnx ? imported(bytes, model.path(), display)
                : SourceReader.decode(bytes, model.path(), display);
        if (!report(model, source.diagnostics()) || source.value().isEmpty()) {
            return Optional.empty();
        }
        Result<CompiledNetwork> result = NncCompiler.compile(source.value().get(), packageName, request.vector(),
                request.precision());
        if (!report(model, result.diagnostics()) || result.value().isEmpty()) {
            return Optional.empty();
        }
        CompiledNetwork network = result.value().get();
        List<Path> dataFiles = dataFiles(network.model());
        // Hashed before the data is read: if a file changes in between, the next build sees it.
        String fingerprint = Fingerprint.of(compiler, request.optionsLine(packageName), bytes, dataFiles);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(file(request.outputDirectory(), network.javaFile()));
        if (request.testsDirectory().isPresent()) {
            Optional<CheckSamples> samples = checkSamples(model, network);
            if (samples.isEmpty()) {
                return Optional.empty();
            }
            Optional<VerificationTestWriter.OnnxOrigin> origin = onnx ? Optional.of(new VerificationTestWriter.OnnxOrigin(
                    display, tolerance(network))) : Optional.empty();
            files.add(file(request.testsDirectory().get(), VerificationTestWriter.write(network, samples.get(), origin)));
        }
        return Optional.of(new Output(network.className(), files, dataFiles, fingerprint));
    }

    /** 1e-5 when the model or the class computes in float, 1e-9 when both use double. */
    private static double tolerance(CompiledNetwork network) {
        // the importer writes "precision double" for a float64 model only
        boolean modelDouble = network.source().text().contains("\n    precision double\n");
        return modelDouble && network.model().precision() == dev.nnc.compiler.model.Precision.DOUBLE ? 1e-9 : 1e-5;
    }

    /** The bytes of an ONNX model, or why they cannot be read, reported at the file. */
    private static Result<byte[]> onnxBytes(Path path, String display) {
        try {
            return Result.of(OnnxReader.bytes(path), List.of());
        } catch (OnnxException e) {
            return Result.failed(List.of(Diagnostic.error("", Span.wholeFile(display), e.getMessage())));
        }
    }

    /** The network an ONNX model imports as (its .nn text, never written), or why not, reported at the file. */
    private static Result<SourceFile> imported(byte[] bytes, Path path, String display) {
        try {
            Path name = path.getFileName();
            OnnxImporter.Imported imported = OnnxImporter.importBytes(bytes, name == null ? display : name.toString());
            return Result.of(new SourceFile(display, OnnxImporter.siblingNn(path), imported.text()), List.of());
        } catch (OnnxException e) {
            return Result.failed(List.of(Diagnostic.error("", Span.wholeFile(display), e.getMessage())));
        }
    }

    /** Reports the diagnostics of {@code model}, up to the request's limit, then how many more; returns whether none was an error. */
    private boolean report(ModelFile model, List<Diagnostic> diagnostics) {
        ErrorLimit.Shown shown = request.errorLimit().apply(diagnostics);
        shown.diagnostics().forEach(d -> problems.accept(Problem.of(d, request.displayRoot())));
        for (String omitted : shown.omitted()) {
            problems.accept(Problem.error(model.path(), request.display(model.path()), omitted + " (the first "
                    + request.errorLimit().max() + " are shown; <maxErrors> or -Dnnc.maxErrors=N shows more, 0 all)"));
        }
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /** The data files a model names, training then test: part of what its outputs depend on. */
    static List<Path> dataFiles(Network model) {
        List<Path> files = new ArrayList<>();
        for (Optional<DataSource> source : List.of(model.data(), model.test())) {
            if (source.isPresent() && source.get() instanceof CsvSource csv) {
                files.add(csv.path().toAbsolutePath().normalize());
            }
        }
        return files;
    }

    /** The samples of the training data (else the test data, else synthetic), or empty after reporting why not. */
    private Optional<CheckSamples> checkSamples(ModelFile file, CompiledNetwork network) {
        Network model = network.model();
        Optional<DataSource> source = model.data().or(model::test);
        if (source.isEmpty()) {
            return Optional.of(CheckSamples.choose(model, Optional.empty(), ""));
        }
        Result<Dataset> data = DataLoader.load(model, source.get(), network.source());
        if (!report(file, data.diagnostics()) || data.value().isEmpty()) {
            return Optional.empty();
        }
        String name = model.data().isPresent() ? "training data" : "test data";
        return Optional.of(CheckSamples.choose(model, data.value(), name));
    }

    private static GeneratedFile file(Path root, JavaFile java) {
        Path path = root.resolve(java.packageName().replace('.', '/')).resolve(java.typeSpec().name() + ".java");
        return new GeneratedFile(path.normalize(), java.toString().getBytes(StandardCharsets.UTF_8));
    }
}
