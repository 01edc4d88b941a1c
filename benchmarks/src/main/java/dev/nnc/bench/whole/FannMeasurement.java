package dev.nnc.bench.whole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains one FANN example data set, {@code repeat} times in turn, with the compiled FANN program
 * and with {@code ./nnc train} warm (its class cache filled by an earlier run) and cold (an empty
 * class cache, a fresh {@code XDG_CACHE_HOME}, each run), each as a whole process; then both again
 * served by nnc's daemon (started, and ready, before the first timed run).
 */
final class FannMeasurement {
    private static final Pattern TEST_ACCURACY = Pattern.compile("\"test_accuracy\"\\s*:\\s*([-+0-9.eE]+)");

    private final Path root;
    private final Path fannProgram;
    private final Path work;
    private final int hidden;
    private final int epochs;
    private final int repeat;

    FannMeasurement(Path root, Path fannProgram, Path work, int hidden, int epochs, int repeat) {
        this.root = root;
        this.fannProgram = fannProgram;
        this.work = work;
        this.hidden = hidden;
        this.epochs = epochs;
        this.repeat = repeat;
    }

    /**
     * The {@code .nn} file nnc trains: FANN's network, activations, loss, initial range and epochs,
     * and the test data (evaluated once, at the end, as FANN does).
     */
    static String model(String name, FannData shape, int hidden, int epochs) {
        String network = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return "// FANN's " + name + " example data set, as benchmarks/compare/fann_train.c trains it\n"
                + "network " + network + " {\n"
                + "    input x[" + shape.inputs() + "]\n"
                + "    layer h[" + hidden + "] tanh\n"
                + "    layer y[" + shape.outputs() + "] sigmoid\n"
                + "    loss mse\n"
                + "    weights init uniform(-0.1, 0.1) seed = 1\n"
                + "    optimizer rprop\n"
                + "    train epochs = " + epochs + "\n"
                + "    data \"" + name + "-train.csv\"\n"
                + "    test \"" + name + "-test.csv\"\n"
                + "}\n";
    }

    FannRow measure(String name, Path fannTrain, Path fannTest) throws IOException {
        FannData train = FannData.convert(fannTrain, work.resolve(name + "-train.csv"));
        FannData test = FannData.convert(fannTest, work.resolve(name + "-test.csv"));
        Path nn = work.resolve(name + ".nn");
        Files.writeString(nn, model(name, train, hidden, epochs), StandardCharsets.UTF_8);

        Processes processes = Processes.in(root, Map.of());
        Processes warm = processes.with("XDG_CACHE_HOME", Files.createTempDirectory(work, "cache-warm").toString());
        String nnc = root.resolve("nnc").toString();
        List<String> fannCommand = List.of(fannProgram.toString(), fannTrain.toString(), fannTest.toString(),
                Integer.toString(hidden), Integer.toString(epochs));
        List<String> nncCommand = List.of(nnc, "train", nn.toString(), "--quiet");

        // untimed: fills the warm cache and gives nnc's test accuracy to full precision
        String json = warm.run(List.of(nnc, "train", nn.toString(), "--json", "--quiet"))
                .requireSuccess("nnc train --json").output();
        Path daemons = work.resolve("daemons");
        Processes daemonWarm = warm.withDaemon(daemons);
        Daemons.ready(daemonWarm, nncCommand);
        List<ProcessRun> fannRuns = new ArrayList<>();
        List<ProcessRun> warmRuns = new ArrayList<>();
        List<ProcessRun> coldRuns = new ArrayList<>();
        List<ProcessRun> daemonWarmRuns = new ArrayList<>();
        List<ProcessRun> daemonColdRuns = new ArrayList<>();
        try {
            for (int i = 0; i < repeat; i++) {
                fannRuns.add(processes.run(fannCommand).requireSuccess(String.join(" ", fannCommand)));
                warmRuns.add(warm.run(nncCommand).requireSuccess("nnc train (warm)"));
                coldRuns.add(cold(processes, nncCommand, "nnc train (cold)"));
                daemonWarmRuns.add(daemonWarm.run(nncCommand).requireSuccess("nnc train (daemon, warm)"));
                daemonColdRuns.add(cold(daemonWarm, nncCommand, "nnc train (daemon, cold)"));
            }
        } finally {
            Daemons.stop(daemonWarm, nnc);
        }
        List<Map<String, String>> fannOutputs = fannRuns.stream().map(r -> keyValues(r.output())).toList();
        for (Map<String, String> output : fannOutputs) {
            if (!Integer.toString(epochs).equals(output.get("epochs"))) {
                throw new IllegalStateException("FANN ran " + output.get("epochs") + " epochs of " + epochs + " on " + name);
            }
        }
        return new FannRow(name, train, test.samples(), hidden,
                Stats.median(fannRuns, ProcessRun::seconds),
                Stats.median(fannOutputs, o -> Double.parseDouble(o.get("train_seconds"))),
                Stats.median(warmRuns, ProcessRun::seconds), Stats.median(coldRuns, ProcessRun::seconds),
                Stats.median(daemonWarmRuns, ProcessRun::seconds), Stats.median(daemonColdRuns, ProcessRun::seconds),
                Stats.median(fannRuns, ProcessRun::peakRssMegabytes),
                Stats.median(warmRuns, ProcessRun::peakRssMegabytes),
                Stats.median(coldRuns, ProcessRun::peakRssMegabytes),
                Double.parseDouble(fannOutputs.get(0).get("test_accuracy")), testAccuracy(json));
    }

    /** A run of {@code command} with an empty class cache (a new {@code XDG_CACHE_HOME}, deleted after it). */
    private ProcessRun cold(Processes processes, List<String> command, String what) throws IOException {
        Path cache = Files.createTempDirectory(work, "cache-cold");
        try {
            return processes.with("XDG_CACHE_HOME", cache.toString()).run(command).requireSuccess(what);
        } finally {
            TempFolders.delete(cache);
        }
    }

    /** fann_train's "key value" lines. */
    static Map<String, String> keyValues(String output) {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 2) {
                values.put(words[0], words[1]);
            }
        }
        return values;
    }

    private static double testAccuracy(String json) {
        Matcher matcher = TEST_ACCURACY.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("nnc train --json printed no test_accuracy:\n"
                    + json.substring(0, Math.min(json.length(), 2000)));
        }
        return Double.parseDouble(matcher.group(1));
    }
}
