package dev.nnc.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark in one go and prints the results as Markdown: how long nnc takes to
 * generate and compile each network, then training samples per second of each implementation and
 * the generated class's speed-up over each. {@code java -jar benchmarks/target/benchmarks.jar}
 * ({@code --quick} for a rough run, {@code --networks 2-2-2,64-32-10} and
 * {@code --implementations nnc,generic} to choose).
 */
public final class Report {
    private Report() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
        List<String> networks = BenchmarkNetwork.SIZES;
        List<String> implementations = Arrays.stream(Implementation.values())
                .map(i -> i.name().toLowerCase(Locale.ROOT)).toList();
        boolean quick = false;
        int forks = 1;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--quick" -> quick = true;
                case "--networks" -> networks = List.of(args[++a].split(","));
                case "--implementations" -> implementations = List.of(args[++a].split(","));
                case "--forks" -> forks = Integer.parseInt(args[++a]);
                default -> {
                    System.err.println("usage: java -jar benchmarks.jar [--quick] [--networks 2-2-2,...]"
                            + " [--implementations nnc,nnc_vector,nnc_float,nnc_float_vector,generic,encog,interpreter]"
                            + " [--forks N]");
                    System.exit(2);
                }
            }
        }
        String times = compileTimes(networks);
        System.out.println(times);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(TrainingBenchmark.class.getName())
                .param("network", networks.toArray(String[]::new))
                .param("implementation", implementations.toArray(String[]::new))
                .forks(forks);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(500)).measurementIterations(2)
                    .measurementTime(TimeValue.milliseconds(500));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.println(machine());
        System.out.println();
        System.out.println("Generating and compiling, each network in a fresh JVM:\n");
        System.out.println(times);
        System.out.println(throughput(results, networks, implementations, quick, forks));
    }

    /** The machine and JVM the numbers come from. */
    public static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        }
        String load = Files.isReadable(Path.of("/proc/loadavg"))
                ? ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] : "";
        return String.format(Locale.ROOT, "Machine: %s, %d cores%s; %s %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"));
    }

    /** Generate and javac times per network, each in a fresh JVM. */
    private static String compileTimes(List<String> networks) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        out.append("| network | generate source | javac + load | source size | largest method |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String size : networks) {
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CompileTime.class.getName(), size).redirectErrorStream(false).start();
            String line;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                line = reader.readLine();
            }
            if (process.waitFor() != 0 || line == null) {
                out.append("| ").append(size).append(" | failed | | | |\n");
                continue;
            }
            String[] f = line.split("\t");
            out.append(String.format(Locale.ROOT, "| %s | %s ms | %s ms | %,d KB | %,d bytes |%n", f[0], f[1], f[2],
                    Long.parseLong(f[3]) / 1024, Long.parseLong(f[4])));
        }
        return out.toString();
    }

    private static String throughput(Collection<RunResult> results, List<String> networks,
                                     List<String> implementations, boolean quick, int forks) {
        Map<String, Double> score = new LinkedHashMap<>();
        Map<String, Double> error = new LinkedHashMap<>();
        for (RunResult r : results) {
            String key = r.getParams().getParam("network") + "/" + r.getParams().getParam("implementation");
            score.put(key, r.getPrimaryResult().getScore());
            error.put(key, r.getPrimaryResult().getScoreError());
        }
        StringBuilder out = new StringBuilder();
        out.append(quick ? "Quick run (1 x 0.5 s warm-up, 2 x 0.5 s measured): rough numbers.\n\n"
                : "JMH, " + forks + (forks == 1 ? " fork" : " forks") + " per cell, 3 x 1 s warm-up, 5 x 1 s measured; training samples per second"
                        + " (one sgd step on one sample), mean ± 99.9% interval.\n\n");
        List<String> headers = new ArrayList<>();
        for (String i : implementations) {
            headers.add(Implementation.valueOf(i.toUpperCase(Locale.ROOT)).label());
        }
        out.append("| network | ").append(String.join(" | ", headers)).append(" |\n");
        out.append("|---|").append("---:|".repeat(headers.size())).append('\n');
        for (String n : networks) {
            out.append("| ").append(n);
            for (String i : implementations) {
                Double s = score.get(n + "/" + i);
                out.append(" | ").append(s == null ? "-" : String.format(Locale.ROOT, "%,.0f ± %,.0f", s,
                        error.get(n + "/" + i)));
            }
            out.append(" |\n");
        }
        List<String> others = implementations.stream().filter(i -> !i.startsWith("nnc")).toList();
        for (String ours : List.of("nnc", "nnc_vector")) {
            if (!implementations.contains(ours) || others.isEmpty()) {
                continue;
            }
            out.append("\nSpeed-up of ").append(Implementation.valueOf(ours.toUpperCase(Locale.ROOT)).label())
                    .append(" (its samples per second divided by theirs):\n\n");
            out.append("| network |");
            others.forEach(i -> out.append(" vs ").append(Implementation.valueOf(i.toUpperCase(Locale.ROOT)).label())
                    .append(" |"));
            out.append("\n|---|").append("---:|".repeat(others.size())).append('\n');
            for (String n : networks) {
                out.append("| ").append(n);
                Double mine = score.get(n + "/" + ours);
                for (String i : others) {
                    Double theirs = score.get(n + "/" + i);
                    out.append(" | ").append(mine == null || theirs == null ? "-"
                            : String.format(Locale.ROOT, "%.2f×", mine / theirs));
                }
                out.append(" |\n");
            }
        }
        out.append(floatOverDouble(score, networks, implementations));
        out.append(againstSgd(score, networks, implementations));
        return out.toString();
    }

    /**
     * Each 64-32-10 variant's cost per sample against the sgd network of the same shape (the sgd
     * network's samples per second divided by the variant's), when both were run.
     */
    private static String againstSgd(Map<String, Double> score, List<String> networks, List<String> implementations) {
        List<String> variants = networks.stream().filter(BenchmarkNetwork.VARIANTS::contains).toList();
        if (variants.isEmpty() || !networks.contains("64-32-10")) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nCost per sample against sgd of the same shape (64-32-10's samples per"
                + " second divided by the variant's; separate forks, so read it with the load in mind):\n\n| network |");
        implementations.forEach(i -> out.append(' ').append(Implementation.valueOf(i.toUpperCase(Locale.ROOT)).label())
                .append(" |"));
        out.append("\n|---|").append("---:|".repeat(implementations.size())).append('\n');
        for (String v : variants) {
            out.append("| ").append(v);
            for (String i : implementations) {
                Double base = score.get("64-32-10/" + i);
                Double mine = score.get(v + "/" + i);
                out.append(" | ").append(base == null || mine == null ? "-"
                        : String.format(Locale.ROOT, "%.2f×", base / mine));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    /** The float classes' samples per second divided by their double twins', when both were run. */
    private static String floatOverDouble(Map<String, Double> score, List<String> networks,
                                          List<String> implementations) {
        List<String[]> pairs = new ArrayList<>();
        for (String[] pair : new String[][] {{"nnc_float", "nnc"}, {"nnc_float_vector", "nnc_vector"}}) {
            if (implementations.contains(pair[0]) && implementations.contains(pair[1])) {
                pairs.add(pair);
            }
        }
        if (pairs.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nFloat over double (precision float's samples per second divided by"
                + " its double twin's, in the same run):\n\n| network |");
        pairs.forEach(p -> out.append(' ').append(Implementation.valueOf(p[0].toUpperCase(Locale.ROOT)).label())
                .append(" / ").append(Implementation.valueOf(p[1].toUpperCase(Locale.ROOT)).label()).append(" |"));
        out.append("\n|---|").append("---:|".repeat(pairs.size())).append('\n');
        for (String n : networks) {
            out.append("| ").append(n);
            for (String[] p : pairs) {
                Double single = score.get(n + "/" + p[0]);
                Double twin = score.get(n + "/" + p[1]);
                out.append(" | ").append(single == null || twin == null ? "-"
                        : String.format(Locale.ROOT, "%.2f×", single / twin));
            }
            out.append(" |\n");
        }
        return out.toString();
    }
}
