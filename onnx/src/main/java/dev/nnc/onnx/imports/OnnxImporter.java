package dev.nnc.onnx.imports;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.read.OnnxReader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * ONNX in: a feed-forward ONNX model becomes an nnc network as .nn text, checked by nnc's own
 * front end, for {@code nnc import}, {@code nnc MODEL.onnx} and the Maven plugin alike.
 */
public final class OnnxImporter {
    /**
     * An imported network.
     *
     * @param networkName the network's (and generated class's) name, from the file's name
     * @param text the .nn text
     * @param doublePrecision whether the model computes in float64 ({@code precision double})
     */
    public record Imported(String networkName, String text, boolean doublePrecision) {
    }

    private OnnxImporter() {
    }

    /** Reads and imports the ONNX file at {@code path}. */
    public static Imported importFile(Path path) throws OnnxException {
        Path name = path.getFileName();
        return importBytes(OnnxReader.bytes(path), name == null ? path.toString() : name.toString());
    }

    /** Imports the ONNX model in {@code bytes}, read from a file called {@code fileName}. */
    public static Imported importBytes(byte[] bytes, String fileName) throws OnnxException {
        ModelProto model = OnnxReader.parse(bytes);
        ImportedGraph graph = GraphReader.read(model);
        String producer = (model.getProducerName() + " " + model.getProducerVersion()).trim();
        NnWriter.Provenance from = new NnWriter.Provenance(fileName, producer.isEmpty() ? "unknown" : producer,
                GraphReader.opset(model), sha256(bytes));
        String networkName = networkName(fileName);
        String text = NnWriter.write(graph, networkName, from, true);
        List<Diagnostic> problems = check(text, fileName);
        if (!problems.isEmpty()) {
            // an ONNX name nnc's rules refuse (or that reads like another layer's neurons): use l1, l2, ... and x
            text = NnWriter.write(graph, networkName, from, false);
            problems = check(text, fileName);
        }
        if (!problems.isEmpty()) {
            throw new OnnxException("the model becomes a network nnc cannot compile: " + problems.get(0).message());
        }
        return new Imported(networkName, text, graph.doublePrecision());
    }

    /**
     * The imported network of the ONNX file at {@code path} as a source file for the compiler, named
     * {@code displayName}, or an error {@code displayName: error: ...} saying why not.
     */
    public static Result<SourceFile> source(Path path, String displayName) {
        try {
            Imported imported = importFile(path);
            return Result.of(new SourceFile(displayName, siblingNn(path), imported.text()), List.of());
        } catch (OnnxException e) {
            return Result.failed(List.of(Diagnostic.error("", Span.wholeFile(displayName), e.getMessage())));
        } catch (OutOfMemoryError e) {
            return Result.failed(List.of(Diagnostic.error("", Span.wholeFile(displayName),
                    "the model is too large to import in this JVM's memory (raise -Xmx)")));
        }
    }

    /** Whether {@code path} names an ONNX model (ends in .onnx, in any case). */
    public static boolean isOnnx(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    /** MODEL.nn beside MODEL.onnx. */
    public static Path siblingNn(Path onnx) {
        Path name = onnx.getFileName();
        String base = name == null ? "model" : name.toString().replaceFirst("(?i)\\.onnx$", "");
        return onnx.resolveSibling(base + ".nn");
    }

    /** The network name for a model file: its base name in CamelCase ({@code mnist_mlp.onnx} → MnistMlp, {@code mlp_784_10.onnx} → Mlp784_10). */
    static String networkName(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.onnx$", "");
        StringBuilder name = new StringBuilder();
        for (String part : base.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                if (name.length() > 0 && Character.isDigit(name.charAt(name.length() - 1)) && Character.isDigit(part.charAt(0))) {
                    name.append('_'); // mlp_784_128_10 → Mlp784_128_10, not Mlp78412810
                }
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
            name.insert(0, "Model");
        }
        return name.length() > 60 ? name.substring(0, 60) : name.toString();
    }

    private static List<Diagnostic> check(String text, String fileName) {
        Result<?> checked = Frontend.analyze(new SourceFile(fileName + " (imported)", null, text));
        return checked.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
