package dev.nnc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nnc generate FILE.nn... [-d DIR] [-p PACKAGE]}: writes one Java source per network. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes one Java source per network into DIR, under PACKAGE's folders; prints each path.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    GenerateOptions options;

    @Override
    public Integer call() {
        if (options.files == null || options.files.isEmpty()) {
            new Reporter(options.spec.commandLine().getErr()).usage("no .nn file given");
            return Main.USAGE;
        }
        return options.run();
    }
}
