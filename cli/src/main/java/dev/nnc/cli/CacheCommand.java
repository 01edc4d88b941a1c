package dev.nnc.cli;

import dev.nnc.compiler.load.ClassCache;
import dev.nnc.runtime.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code nnc cache}: where the compiled-class cache is and how large; {@code nnc cache clean} empties it. */
@Command(name = "cache", mixinStandardHelpOptions = true,
        subcommands = CacheCommand.Clean.class,
        description = "Shows where nnc keeps the generated classes it has compiled (so that running a network "
                + "again skips javac), how many and their size. 'nnc cache clean' deletes them.")
final class CacheCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = CacheFolder.classes();
        try {
            ClassCache.Usage usage = ClassCache.in(folder).usage();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d compiled %s, %s%n", folder, usage.entries(),
                    usage.entries() == 1 ? "network" : "networks", InputFiles.size(usage.bytes()));
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            new Reporter(spec.commandLine().getErr()).failure("cannot read the class cache " + folder + ": "
                    + Reporter.cause(folder, e));
            return Main.MODEL_ERROR;
        }
    }

    /** {@code nnc cache clean}. */
    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = "Deletes every compiled class in the cache; the next run of each network compiles it again.")
    static final class Clean implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path folder = CacheFolder.classes();
            try {
                int deleted = ClassCache.in(folder).clean();
                spec.commandLine().getOut().printf("%s: deleted %d compiled %s%n", folder, deleted,
                        deleted == 1 ? "network" : "networks");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IOException | RuntimeException e) {
                new Reporter(spec.commandLine().getErr()).failure("cannot clean the class cache " + folder + ": "
                        + Reporter.cause(folder, e));
                return Main.MODEL_ERROR;
            }
        }
    }
}
