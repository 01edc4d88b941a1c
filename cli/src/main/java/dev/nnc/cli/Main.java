package dev.nnc.cli;

import dev.nnc.compiler.NncCompiler;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code nnc} command: {@code nnc FILE.nn...} generates Java; subcommands train and check. */
@Command(name = "nnc", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compiles .nn network descriptions into Java classes with every forward and backward "
                + "equation written out.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the model or its data has errors, or a check failed", "2:bad usage"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code: the model or its data has errors (or a check failed). */
    static final int MODEL_ERROR = 1;
    /** Exit code: the command line was wrong. */
    static final int USAGE = 2;

    /**
     * The subcommands, in the order of the help. picocli reflects over every command it is given
     * before it parses anything, so {@link #run} gives it only the one named first on the command line
     * (all of them when none is, for the help and the typo check): start-up pays for one.
     */
    static final List<Class<?>> COMMANDS = List.of(GenerateCommand.class, TrainCommand.class, PredictCommand.class,
            EvaluateCommand.class, CheckCommand.class, ExplainCommand.class, BenchCommand.class,
            ImportCommand.class, ExportCommand.class, CacheCommand.class, DrawCommand.class,
            SweepCommand.class, DaemonCommand.class);

    @Mixin
    GenerateOptions generate;

    /** What {@code -} reads: standard input, or the text a test gives. */
    InputStream stdin = System.in;

    /** Where a progress bar may be drawn: this process's standard error, or the daemon's client's. */
    Terminal terminal = Terminal.system();

    @Override
    public Integer call() {
        if (generate.files == null || generate.files.isEmpty()) {
            CommandLine.usage(this, System.err);
            return USAGE;
        }
        return generate.run();
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs nnc with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with {@code in} as what {@code -} reads. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, Terminal.system());
    }

    /** As {@link #run(String[], InputStream, PrintWriter, PrintWriter)}, drawing progress on {@code terminal}. */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
        // picocli looks for Groovy closures in every annotation unless told not to; nnc has none
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        WarmUp.startFor(args);
        Main main = new Main();
        main.stdin = in;
        main.terminal = terminal;
        CommandLine cli = new CommandLine(main);
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        for (Class<?> command : named.map(List::<Class<?>>of).orElse(COMMANDS)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("nnc: internal error: " + e + " (please report this with the .nn file)");
            return MODEL_ERROR;
        });
        cli.setParameterExceptionHandler((e, parsed) -> {
            new Reporter(err).usage(e.getMessage());
            return USAGE;
        });
        if (args.length > 0) {
            Optional<String> typo = CommandTypo.of(args[0], cli.getSubcommands().keySet());
            if (typo.isPresent()) {
                new Reporter(err).usage("'" + args[0] + "' is not a command; did you mean " + typo.get() + "?");
                return USAGE;
            }
        }
        String command = args.length > 0 && !args[0].startsWith("-") && !args[0].endsWith(".nn")
                && !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".onnx") ? args[0] : "generate";
        return guarded(() -> cli.execute(args), "in 'nnc " + command + "' (the network or its data is too large)", err);
    }

    /** The exit code of {@code command}, or 1 after one line on standard error when it ran out of memory. */
    static int guarded(java.util.function.IntSupplier command, String what, PrintWriter err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("nnc: error: " + OutOfMemory.message(what));
            err.flush();
            return MODEL_ERROR;
        }
    }

    /** Prints the compiler's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nnc " + NncCompiler.VERSION};
        }
    }
}
