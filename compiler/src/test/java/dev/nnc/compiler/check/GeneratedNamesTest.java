package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Network;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every name the checker accepts must compile and behave: network names that are the names of the
 * classes the generated code uses (the runtime's, java.lang's, the packages'), and layer names that
 * are the generated code's own member names. Each network is compiled, trained a few steps and
 * compared with the same network under plain names.
 */
class GeneratedNamesTest {
    /**
     * Class names the generated code refers to, or that Java gives a meaning everywhere. (The checker
     * refuses the java.lang classes the generated code uses, and the package roots dev, java and javax.)
     */
    private static final List<String> CLASS_NAMES = List.of("Network", "Exp", "Loss", "Functions", "Arrays", "Object",
            "Double", "System", "Integer", "Deprecated", "SuppressWarnings", "Generated", "Dataset", "Trainer",
            "Activation", "OptimizerSettings", "Class", "Error", "Exception", "Float", "Long", "Boolean", "Number",
            "Void", "Record", "Enum", "StrictMath", "Iterable", "nnc", "runtime", "util", "Main", "x", "h", "y", "w1",
            "predict", "forward");

    /** Networks that between them use every kind of code the emitter writes. */
    private static final List<String> VARIETY = List.of(
            "network A { input x[2] normalize layer h[3] leaky_relu(0.1) bias shared = 0.1 frozen loop"
                    + " layer y[1] sigmoid loss bce optimizer momentum(rate = 0.1) }",
            "network B { input x[3] layer h[40] relu bias none layer g[2] tanh unroll layer y[3] softmax"
                    + " loss cross_entropy optimizer adam(rate = 0.01) }",
            "network C { input x[2] layer y[2] linear loss half_sse weights = [1, 2, 3, 4] }",
            "network D { input x[2] layer y[2] softmax loss mse }",
            "network E { input x[20] layer h[20] sigmoid loop layer y[2] linear loss sse"
                    + " optimizer adam(rate = 0.01) }");

    /** Names the generated code gives its own members (x1 is a neuron of x, so x is the prefix). */
    private static final List<String> LAYER_NAMES = List.of("net", "out", "delta", "net_", "out_", "delta_", "tmp",
            "v_w", "m_w", "v_b", "m_b", "dw_", "E_total", "rate", "inputMean", "inputStd", "beta", "eps",
            "step", "correction", "forward", "backward", "computeLoss", "applyUpdate", "loadInputs", "mean", "std",
            "values", "trainable", "parameters", "gradient", "predict", "accumulate", "update", "name", "pending",
            "loss_", "x", "y", "g", "p", "n", "k", "j", "e", "length", "i", "o", "Exp", "Math", "String", "Network");

    private static final String TEMPLATE = String.join("\n",
            "network %s {",
            "    input %s[2] normalize",
            "    layer %s[3] tanh %s",
            "    layer %s[2] softmax",
            "    loss cross_entropy",
            "    weights init xavier seed = 5",
            "    optimizer %s",
            "    train epochs = 2 batch = 2",
            "    data {",
            "        [0.5, -1] -> [1, 0]",
            "        [1.5, 2] -> [0, 1]",
            "        [-0.5, 0.25] -> [1, 0]",
            "    }",
            "}");

    private static final List<String> OPTIMIZERS =
            List.of("adam(rate = 0.05)", "momentum(rate = 0.1, beta = 0.8)", "sgd(rate = 0.3)");

    @Test
    void networksNamedLikeTheClassesTheGeneratedCodeUsesCompileAndTrain() {
        Map<String, String> models = new LinkedHashMap<>();
        // All in one package, as a build's generated sources are: a class hides names from its siblings too.
        for (String name : CLASS_NAMES) {
            models.put(name, "p|" + model(name, "inp", "hid", "", "outp", 0));
        }
        assertEveryModelMatchesPlainNames(models, List.of());
    }

    /**
     * A class in the package of a generated class hides every class of java.lang, and of any
     * package not imported by name, that the generated code names by its simple name. So for every
     * simple name in the code of every kind of generated class (unrolled, loops, staged, Vector API),
     * a network of that name must compile beside them in one package, and train like its plain twin.
     */
    @Test
    void networksNamedLikeAnyWordOfTheGeneratedCodeCompileBesideIt() {
        List<JavaFile> variety = new ArrayList<>();
        for (boolean vector : List.of(false, true)) {
            for (String text : VARIETY) {
                String renamed = vector ? text.replaceFirst("network (\\w+)", "network $1V") : text;
                Result<CompiledNetwork> result = NncCompiler.compile(new SourceFile("v.nn", Path.of("v.nn"), renamed),
                        "p", vector);
                variety.add(result.value().orElseThrow(() -> new AssertionError(result.diagnostics())).javaFile());
            }
        }
        Set<String> words = new TreeSet<>();
        variety.forEach(file -> words.addAll(capitalisedWords(file)));
        variety.forEach(file -> words.remove(file.typeSpec().name()));
        assertTrue(words.containsAll(List.of("Double", "DoubleVector", "VectorSpecies", "String", "Math", "Override",
                "Arrays", "Network")), words.toString());
        Map<String, String> models = new LinkedHashMap<>();
        for (String name : words) {
            models.put(name, "p|" + model(name, "inp", "hid", "", "outp", 0));
        }
        assertEveryModelMatchesPlainNames(models, variety);
    }

    /**
     * The capitalised words of {@code file}'s code that are not after a dot, outside comments,
     * string literals and imports: every class it names by its simple name, with some other names.
     */
    private static Set<String> capitalisedWords(JavaFile file) {
        String code = file.toString()
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\n]*", " ")
                .replaceAll("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"", " ")
                .replaceAll("(?m)^(import|package) [^;]*;", " ");
        Set<String> words = new TreeSet<>();
        Matcher word = Pattern.compile("(?<![.\\w])[A-Z][A-Za-z0-9_]*\\b").matcher(code);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The packages generated code may name in full are refused as network names. */
    @Test
    void networksNamedLikeAPackageRootAreRefused() {
        for (String root : List.of("dev", "java", "javax", "jdk")) {
            Result<CompiledNetwork> result = compile(model(root, "inp", "hid", "", "outp", 0), "p");
            assertEquals(List.of("E007"), result.diagnostics().stream().map(Diagnostic::code).toList(), root);
            assertTrue(result.diagnostics().get(0).message().startsWith("a network called '" + root
                    + "' would hide the package '" + root + "'"), result.diagnostics().get(0).message());
        }
    }

    @Test
    void layersNamedLikeTheGeneratedMembersCompileAndTrain() {
        Map<String, String> models = new LinkedHashMap<>();
        for (int k = 0; k < LAYER_NAMES.size(); k++) {
            // Each name in one place; places, optimizers and strategies vary independently.
            String name = LAYER_NAMES.get(k);
            int optimizer = k % OPTIMIZERS.size();
            String strategy = k % 2 == 0 ? "loop" : "unroll";
            switch ((k / 3 + k) % 3) {
                case 0:
                    models.put("input " + name, "|" + model("In" + k, name, "hid", strategy, "outp", optimizer));
                    break;
                case 1:
                    models.put("hidden " + name, "|" + model("Hidden" + k, "inp", name, strategy, "outp", optimizer));
                    break;
                default:
                    models.put("output " + name, "|" + model("Out" + k, "inp", "hid", strategy, name, optimizer));
            }
        }
        assertEveryModelMatchesPlainNames(models, List.of());
    }

    private static String model(String network, String input, String hidden, String strategy, String output,
                                int optimizer) {
        return String.format(TEMPLATE, network, input, hidden, strategy, output, OPTIMIZERS.get(optimizer));
    }

    /**
     * Compiles every model (PACKAGE|SOURCE), with the same networks under plain names and {@code
     * beside} (other generated classes), in one run of javac, trains each and compares it with its
     * plain twin.
     */
    private static void assertEveryModelMatchesPlainNames(Map<String, String> models, List<JavaFile> beside) {
        Map<String, CompiledNetwork> compiled = new LinkedHashMap<>();
        Map<String, String> twins = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        models.forEach((label, packaged) -> {
            String pkg = packaged.substring(0, packaged.indexOf('|'));
            String text = packaged.substring(packaged.indexOf('|') + 1);
            Result<CompiledNetwork> result = compile(text, pkg);
            if (result.hasErrors()) {
                refused.add(label + ": " + result.diagnostics().stream().map(Diagnostic::render)
                        .collect(Collectors.joining()));
                return;
            }
            compiled.put(label, result.value().orElseThrow());
            String twin = plainTwin(text);
            twins.put(label, twin);
            compiled.computeIfAbsent(twin, t -> compile(plainSource(text), "").value().orElseThrow());
        });
        assertEquals(List.of(), refused, "the checker refuses these names; if that is right, take them out of"
                + " this test and document them");
        Map<String, Class<?>> classes = compileAll(compiled, beside);
        for (Map.Entry<String, String> entry : twins.entrySet()) {
            Network named = InMemoryCompiler.newInstance(classes.get(compiled.get(entry.getKey()).className()));
            Network plain = InMemoryCompiler.newInstance(classes.get(entry.getValue()));
            assertArrayEquals(trained(plain), trained(named), entry.getKey());
        }
    }

    private static Result<CompiledNetwork> compile(String text, String pkg) {
        return NncCompiler.compile(new SourceFile("names.nn", Path.of("names.nn"), text), pkg);
    }

    /** The same network as {@code text}'s with every name replaced by a plain one. */
    private static String plainSource(String text) {
        return model(plainTwin(text), "inp", "hid", strategy(text), "outp", optimizer(text));
    }

    /** The class name of the plain twin: one per optimizer and strategy. */
    private static String plainTwin(String text) {
        return "Plain" + optimizer(text) + strategy(text);
    }

    /** The hidden layer's strategy in a model made by {@link #model}: "loop", "unroll" or "". */
    private static String strategy(String text) {
        String hidden = text.split("\n")[2].trim();
        return hidden.endsWith("loop") ? "loop" : hidden.endsWith("unroll") ? "unroll" : "";
    }

    /** The index of the optimizer in a model made by {@link #model}. */
    private static int optimizer(String text) {
        return OPTIMIZERS.indexOf(text.split("\n")[6].trim().substring("optimizer ".length()));
    }

    /** Compiles all at once; when that fails, one by one, to name the networks that do not compile. */
    private static Map<String, Class<?>> compileAll(Map<String, CompiledNetwork> compiled, List<JavaFile> beside) {
        List<JavaFile> files = compiled.values().stream().map(CompiledNetwork::javaFile).collect(Collectors.toList());
        files.addAll(beside);
        try {
            return InMemoryCompiler.compileAll(files);
        } catch (IllegalStateException all) {
            List<String> broken = new ArrayList<>();
            compiled.forEach((label, network) -> {
                try {
                    InMemoryCompiler.compile(network.javaFile());
                } catch (IllegalStateException e) {
                    broken.add(label + ": " + e.getMessage());
                }
            });
            fail("generated code that does not compile" + (broken.isEmpty() ? " together: " + all.getMessage()
                    : ":\n" + String.join("\n", broken)));
            return Map.of();
        }
    }

    /** Parameters and predictions after three training steps. */
    private static double[] trained(Network net) {
        double[][] x = {{0.5, -1}, {1.5, 2}, {-0.5, 0.25}};
        double[][] t = {{1, 0}, {0, 1}, {1, 0}};
        net.setInputNormalization(new double[] {0.5, 0.4}, new double[] {0.8, 1.2});
        for (int step = 0; step < 3; step++) {
            net.accumulate(x[step], t[step]);
            net.accumulate(x[(step + 1) % 3], t[(step + 1) % 3]);
            net.update(2);
        }
        List<Double> out = new ArrayList<>();
        for (double p : net.parameters()) {
            out.add(p);
        }
        double[] y = new double[2];
        for (double[] sample : x) {
            net.predict(sample, y);
            out.add(y[0]);
            out.add(y[1]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
