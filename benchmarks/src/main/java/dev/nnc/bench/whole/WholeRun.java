package dev.nnc.bench.whole;

import dev.nnc.bench.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whole runs of {@code ./nnc}, measured from outside as a user waits for them (start-up included),
 * printed as the Markdown of docs/performance.md's "Whole runs". Not a test: run it by hand on a
 * machine as quiet as you can get.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.nnc.bench.whole.WholeRun [--root DIR]
 * [--repeat N] [--only NAME,NAME]}, from the repository (the default root is the current folder).
 */
public final class WholeRun {
    private WholeRun() {
    }

    static List<Section> sections() {
        return List.of(new StartUp(), new EpochLoop(), new LargeCsv(), new FannComparison());
    }

    public static void main(String[] args) throws java.io.IOException {
        Path root = Path.of(".");
        int repeat = 5;
        Set<String> only = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--only" -> only = Set.copyOf(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: WholeRun [--root DIR] [--repeat N] [--only "
                            + String.join(",", sections().stream().map(Section::name).toList()) + "]");
                    System.exit(2);
                }
            }
        }
        if (!root.resolve("nnc").toFile().canExecute()) {
            System.err.println(root.toAbsolutePath() + " has no ./nnc: run from the repository or give --root");
            System.exit(2);
        }
        System.out.println(Report.machine());
        List<String> unknown = new ArrayList<>(only);
        for (Section section : sections()) {
            unknown.remove(section.name());
            if (only.isEmpty() || only.contains(section.name())) {
                System.out.println();
                System.out.println(section.markdown(root.toAbsolutePath().normalize(), repeat));
            }
        }
        if (!unknown.isEmpty()) {
            System.err.println("no such section: " + unknown);
            System.exit(2);
        }
    }
}
