package dev.nnc.maven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Dataset;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The generated verification tests compile, pass on correct networks and fail on broken ones. */
class VerificationTestWriterTest {
    private static final Path SAMPLES = Path.of("../samples");

    private static final List<String> ALL_SAMPLES = List.of("mazur.nn", "linear.nn", "xor.nn", "iris.nn",
            "breast_cancer.nn", "sigmoid_bce.nn", "softmax_cross_entropy.nn", "activation_relu.nn",
            "activation_leaky_relu.nn", "activation_tanh.nn", "iris_species.nn");

    /** Every sample's generated test, compiled in one run of javac (one run per sample is slow). */
    private static Map<String, Class<?>> sampleTests;

    /** The sources of every sample's network and generated test, by qualified class name. */
    private static Map<String, String> sampleSources;

    @BeforeAll
    static void compileEverySample() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> testBySample = new LinkedHashMap<>();
        for (String sample : ALL_SAMPLES) {
            CompiledNetwork network = compileFile(sample);
            JavaFile test = VerificationTestWriter.write(network, samplesOf(network));
            sources.put(network.className(), network.javaFile().toString());
            String testName = test.packageName() + "." + test.typeSpec().name();
            sources.put(testName, test.toString());
            testBySample.put(sample, testName);
        }
        sampleSources = sources;
        Map<String, Class<?>> classes = InMemoryCompiler.compileAll(sources);
        sampleTests = new LinkedHashMap<>();
        testBySample.forEach((sample, testName) -> sampleTests.put(sample, classes.get(testName)));
    }

    static List<String> samples() {
        return ALL_SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySamplePassesItsGeneratedTest(String sample) throws Exception {
        Class<?> test = sampleTests.get(sample);
        run(test, "gradientAgreesWithFiniteDifferences");
        run(test, sample.contains("rprop") ? "firstRpropStepMovesEveryParameterByDelta0" : "oneTrainingStepLowersTheLoss");
        if (sample.startsWith("iris")) {
            run(test, "classesAreTheTrainingLabels"); // species names, or the numbers 0..2
        }
        run(test, "aCopyPredictsAsTheOriginalAndTrainsApart");
    }

    @Test
    void aCopyWithoutTheParametersOrSharingThemFailsTheCopyTest() throws Exception {
        Class<?> initial = compile("mazur.nn", source -> replaceOnce(source, "copy.writeParameters(values);", ""));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> run(initial, "aCopyPredictsAsTheOriginalAndTrainsApart"));
        assertTrue(failure.getMessage().startsWith("the copy's outputs for sample 0"), failure.getMessage());
        Class<?> shared = compile("mazur.nn", source -> replaceOnce(source, "return copy;", "return this;"));
        failure = assertThrows(AssertionFailedError.class, () -> run(shared, "aCopyPredictsAsTheOriginalAndTrainsApart"));
        assertTrue(failure.getMessage().startsWith("training the copy changed the original"), failure.getMessage());
    }

    /**
     * The tests land in the user's build, beside the user's code: with every lint warning on and
     * warnings as errors, javac (through Compile Testing) has nothing to say about them.
     */
    @Test
    void everySamplesGeneratedTestCompilesWithoutWarnings() {
        List<JavaFileObject> units = new ArrayList<>();
        sampleSources.forEach((name, text) -> units.add(JavaFileObjects.forSourceString(name, text)));
        assertThat(Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(units))
                .succeededWithoutWarnings();
    }

    @Test
    void aWrongGradientFailsTheGradientTest() throws Exception {
        Class<?> test = compile("mazur.nn", source -> replaceOnce(source,
                "dw5 += delta_o1 * out_h1;", "dw5 += 1.01 * delta_o1 * out_h1;"));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> run(test, "gradientAgreesWithFiniteDifferences"));
        assertTrue(failure.getMessage().startsWith("gradient of w5 on sample 0: generated "), failure.getMessage());
        run(test, "oneTrainingStepLowersTheLoss"); // a slightly wrong gradient still descends
    }

    /** A float class's test checks with float's tolerance: every sample passes, a 1% error fails. */
    @ParameterizedTest
    @MethodSource("samples")
    void floatClassesPassTheirGeneratedTests(String sample) throws Exception {
        CompiledNetwork network = NncCompiler.compile(Frontend.read(SAMPLES.resolve(sample)), "single", false,
                Optional.of(dev.nnc.compiler.model.Precision.FLOAT)).value().orElseThrow();
        JavaFile test = VerificationTestWriter.write(network, samplesOf(network));
        assertTrue(test.toString().contains("GradientCheck.Settings.FLOAT"), test.toString());
        Class<?> passing = load(network, test, UnaryOperator.identity());
        run(passing, "gradientAgreesWithFiniteDifferences");
        run(passing, "oneTrainingStepLowersTheLoss");
        run(passing, "aCopyPredictsAsTheOriginalAndTrainsApart");
        if (sample.equals("mazur.nn")) {
            Class<?> wrong = load(network, test, source -> replaceOnce(source,
                    "dw5 += delta_o1 * out_h1;", "dw5 += 1.01f * delta_o1 * out_h1;"));
            assertThrows(AssertionFailedError.class, () -> run(wrong, "gradientAgreesWithFiniteDifferences"));
        }
    }

    @Test
    void anUpdateThatClimbsFailsTheTrainingTest() throws Exception {
        Class<?> test = compile("mazur.nn", source -> source.replace("-= rate * (", "+= rate * ("));
        run(test, "gradientAgreesWithFiniteDifferences");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> run(test, "oneTrainingStepLowersTheLoss"));
        assertEquals("one training step at rates from 1e-3 down to 1e-7 never lowered the loss of sample 0",
                failure.getMessage());
    }

    @Test
    void aModelWithoutDataIsCheckedOnSyntheticSamples() throws Exception {
        CompiledNetwork network = compileModel("""
                network NoData {
                    input x[3] normalize
                    layer h[4] tanh
                    layer p[3] softmax
                    loss cross_entropy
                }
                """);
        CheckSamples samples = CheckSamples.choose(network.model(), Optional.empty(), "");
        assertEquals(CheckSamples.SYNTHETIC, samples.samples().size());
        assertEquals("4 synthetic samples (the model has no data)", samples.origin());
        for (int s = 0; s < samples.samples().size(); s++) {
            double[] t = samples.samples().target(s);
            assertEquals(1.0, t[0] + t[1] + t[2]);
        }
        Class<?> test = load(network, VerificationTestWriter.write(network, samples), UnaryOperator.identity());
        run(test, "gradientAgreesWithFiniteDifferences");
        run(test, "oneTrainingStepLowersTheLoss");
    }

    @Test
    void aNetworkWithNoGradientSkipsTheTrainingTest() throws Exception {
        CompiledNetwork network = compileModel("""
                network Dead {
                    input x[1]
                    layer y[1] relu bias = -10
                    loss mse
                    weights = [0.5]
                    data { [1] -> [1] }
                }
                """);
        Dataset data = DataLoader.load(network.model(), network.model().data().orElseThrow(), network.source())
                .value().orElseThrow();
        Class<?> test = load(network, VerificationTestWriter.write(network,
                CheckSamples.choose(network.model(), Optional.of(data), "training data")), UnaryOperator.identity());
        run(test, "gradientAgreesWithFiniteDifferences");
        assertThrows(TestAbortedException.class, () -> run(test, "oneTrainingStepLowersTheLoss"));
    }

    @Test
    void largeDataSetsAreSampledEvenly() throws Exception {
        CompiledNetwork network = compileFile("iris.nn");
        Dataset all = load(network);
        CheckSamples samples = CheckSamples.choose(network.model(), Optional.of(all), "training data");
        assertEquals(CheckSamples.MAX, samples.samples().size());
        assertEquals("8 of the 120 samples of the model's training data, evenly spaced", samples.origin());
        assertEquals(all.input(15)[0], samples.samples().input(1)[0]);
        assertTrue(samples.normalization().isPresent(), "iris normalises its inputs with all the data's statistics");
        assertNotEquals(0.0, samples.normalization().get().mean()[0]);
    }

    @Test
    void aHostileFileNameStaysInTheTestsComments() throws Exception {
        String model = "network Named {\n input x[2]\n layer y[1] sigmoid\n loss bce\n data { [0, 1] -> [1] }\n}\n";
        String hostile = "nl\nint INJECTED = 1;\n\u2028 int injected2 = 2; {@code *}.nn";
        CompiledNetwork network = NncCompiler.compile(new SourceFile(hostile, Path.of("model.nn"), model), "check")
                .value().orElseThrow();
        JavaFile test = VerificationTestWriter.write(network, samplesOf(network));
        assertTrue(test.toString().startsWith("// Generated by nnc-maven-plugin " + NncCompiler.VERSION
                + " from nl\\nint INJECTED = 1;\\n\\x{2028} int injected2 = 2; \\x{7B}\\x{40}code \\x{2A}\\x{7D}.nn."),
                test.toString());
        Class<?> compiled = load(network, test, UnaryOperator.identity());
        assertEquals(List.of(), Stream.of(compiled.getDeclaredFields()).map(Field::getName)
                .filter(name -> !name.equals("INPUTS") && !name.equals("TARGETS")).toList());
        run(compiled, "gradientAgreesWithFiniteDifferences");
    }

    /**
     * A class in the package hides every class the generated test names by its simple name unless
     * it is imported by name: a network named like any capitalised word of a generated test compiles,
     * with its own test, beside the Mazur network and its test, and passes.
     */
    @Test
    void networksNamedLikeTheWordsOfAGeneratedTestCompileBesideIt() throws Exception {
        CompiledNetwork mazur = compileFile("mazur.nn");
        JavaFile mazurTest = VerificationTestWriter.write(mazur, samplesOf(mazur));
        String code = (mazur.javaFile().toString() + mazurTest)
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\n]*", " ")
                .replaceAll("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"", " ")
                .replaceAll("(?m)^(import|package) [^;]*;", " ");
        Set<String> words = new TreeSet<>();
        Matcher word = Pattern.compile("(?<![.\\w])[A-Z][A-Za-z0-9_]*\\b").matcher(code);
        while (word.find()) {
            words.add(word.group());
        }
        words.remove("Mazur");
        words.remove(mazurTest.typeSpec().name());
        assertTrue(words.containsAll(List.of("Test", "Assertions", "GradientCheck", "Dataset", "Override")),
                words.toString());
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(mazur.className(), mazur.javaFile().toString());
        sources.put(mazurTest.packageName() + "." + mazurTest.typeSpec().name(), mazurTest.toString());
        List<String> tests = new ArrayList<>();
        for (String name : words) {
            CompiledNetwork network = compileModel("network " + name
                    + " {\n input x[2]\n layer h[2] tanh\n layer y[1] sigmoid\n loss bce\n data { [0, 1] -> [1] }\n}\n");
            JavaFile test = VerificationTestWriter.write(network, samplesOf(network));
            sources.put(network.className(), network.javaFile().toString());
            tests.add(test.packageName() + "." + test.typeSpec().name());
            sources.put(tests.get(tests.size() - 1), test.toString());
        }
        Map<String, Class<?>> classes = InMemoryCompiler.compileAll(sources);
        for (String test : tests) {
            run(classes.get(test), "gradientAgreesWithFiniteDifferences");
        }
    }

    /** Statistics of huge inputs overflow to infinity: the test still compiles, and sets them as the trainer does. */
    @Test
    void infiniteInputStatisticsAreWrittenAsJavaConstants() throws Exception {
        CompiledNetwork network = compileModel("""
                network Huge {
                    input x[2] normalize
                    layer y[1] sigmoid
                    loss bce
                    data {
                        [1e308, 0] -> [1]
                        [-1e308, 1] -> [0]
                    }
                }
                """);
        CheckSamples samples = CheckSamples.choose(network.model(), Optional.of(load(network)), "training data");
        assertEquals(Double.POSITIVE_INFINITY, samples.normalization().orElseThrow().std()[0]);
        JavaFile test = VerificationTestWriter.write(network, samples);
        assertTrue(test.toString().contains("Double.POSITIVE_INFINITY"), test.toString());
        run(load(network, test, UnaryOperator.identity()), "gradientAgreesWithFiniteDifferences");
    }

    private static Class<?> compile(String sample, UnaryOperator<String> sabotage) throws IOException {
        CompiledNetwork network = compileFile(sample);
        return load(network, VerificationTestWriter.write(network, samplesOf(network)), sabotage);
    }

    private static CheckSamples samplesOf(CompiledNetwork network) {
        Optional<Dataset> data = network.model().data().isPresent() ? Optional.of(load(network)) : Optional.empty();
        return CheckSamples.choose(network.model(), data, "training data");
    }

    private static CompiledNetwork compileFile(String sample) throws IOException {
        return NncCompiler.compile(Frontend.read(SAMPLES.resolve(sample)), "check").value().orElseThrow();
    }

    private static CompiledNetwork compileModel(String text) {
        return NncCompiler.compile(new dev.nnc.compiler.diag.SourceFile("model.nn", Path.of("model.nn"), text), "check")
                .value().orElseThrow();
    }

    private static Dataset load(CompiledNetwork network) {
        return DataLoader.load(network.model(), network.model().data().orElseThrow(), network.source())
                .value().orElseThrow();
    }

    private static Class<?> load(CompiledNetwork network, JavaFile test, UnaryOperator<String> sabotage) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(network.className(), sabotage.apply(network.javaFile().toString()));
        String testName = test.packageName() + "." + test.typeSpec().name();
        sources.put(testName, test.toString());
        return InMemoryCompiler.compileAll(sources).get(testName);
    }

    private static void run(Class<?> test, String name) throws Exception {
        Method method = test.getDeclaredMethod(name);
        method.setAccessible(true);
        var constructor = test.getDeclaredConstructor();
        constructor.setAccessible(true);
        try {
            method.invoke(constructor.newInstance());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertTrue(text.contains(target), "the generated code has " + target);
        return text.replace(target, replacement);
    }
}
