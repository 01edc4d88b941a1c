package dev.nnc.cli;

import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.imports.OnnxImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc import MODEL.onnx [-o FILE.nn]}: an ONNX feed-forward network as a .nn file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns an ONNX feed-forward network (Gemm or MatMul+Add layers with their activations) into a "
                + ".nn file with its weights written out; prints the path of the file written.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL.onnx", description = "The ONNX model to import.")
    Path model;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.nn",
            description = "Where to write the network (replaced if it exists); '-' prints it. Default: MODEL.nn beside "
                    + "the model, which is never replaced.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        boolean print = output != null && output.toString().equals("-");
        Path target = output != null ? output : OnnxImporter.siblingNn(model);
        if (output == null && Files.exists(target)) {
            reporter.failure(target + " exists; nnc import does not replace it unless asked: pass -o " + target
                    + " to replace it, or -o another file");
            return Main.MODEL_ERROR;
        }
        if (!print && !Outputs.writable(reporter, target)) {
            return Main.MODEL_ERROR;
        }
        OnnxImporter.Imported imported;
        try {
            imported = OnnxImporter.importFile(model);
        } catch (OnnxException e) {
            reporter.err().println(model + ": error: " + e.getMessage());
            reporter.err().flush();
            return Main.MODEL_ERROR;
        }
        if (print) {
            spec.commandLine().getOut().print(imported.text());
            spec.commandLine().getOut().flush();
            return 0;
        }
        byte[] bytes = imported.text().getBytes(StandardCharsets.UTF_8);
        if (!Outputs.write(List.of(new Outputs.Pending(target, () -> bytes)), reporter)) {
            return Main.MODEL_ERROR;
        }
        spec.commandLine().getOut().println(target);
        return 0;
    }
}
