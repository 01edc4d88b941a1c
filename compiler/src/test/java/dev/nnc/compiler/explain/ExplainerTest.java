package dev.nnc.compiler.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Normalization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explanation shows the tutorial's numbers, and every number it shows is the generated class's. */
class ExplainerTest {
    private static final Pattern GRADIENT = Pattern.compile(
            "^\\$\\$\\\\frac\\{\\\\partial E_\\{total\\}\\}\\{\\\\partial ([wb])_\\{(\\d+)\\}\\} = .* = ([^=]+)\\$\\$$");

    /** The display equation that starts with {@code lhs}. */
    private static String equation(String md, String lhs) {
        return md.lines().filter(line -> line.startsWith("$$" + lhs + " = ")).findFirst()
                .orElseThrow(() -> new AssertionError("no equation for " + lhs + " in\n" + md));
    }

    private static void assertResult(String md, String lhs, String value) {
        String equation = equation(md, lhs);
        assertTrue(equation.endsWith(" = " + value + "$$"), equation);
    }

    @Test
    void mazurShowsTheTutorialsIntermediateValues() throws IOException {
        String md = Explained.sample("mazur.nn").markdown();
        assertResult(md, "\\frac{\\partial E_{total}}{\\partial out_{o1}}", "0.74136507");
        assertResult(md, "\\frac{\\partial out_{o1}}{\\partial net_{o1}}", "0.186815602");
        assertResult(md, "\\frac{\\partial E_{total}}{\\partial w_{5}}", "0.082167041");
        assertTrue(equation(md, "\\frac{\\partial E_{total}}{\\partial w_{5}}")
                .contains("= 0.74136507 \\cdot 0.186815602 \\cdot 0.593269992 ="), "each factor's value");
        assertResult(md, "w_{5}^{+}", "0.35891648");
        assertResult(md, "\\frac{\\partial E_{total}}{\\partial out_{h1}}", "0.036350306");
        assertTrue(equation(md, "\\frac{\\partial E_{total}}{\\partial out_{h1}}")
                .contains("\\delta_{o1} \\cdot w_{5} + \\delta_{o2} \\cdot w_{7}"), "the sum over the outputs h1 feeds");
        assertResult(md, "\\frac{\\partial out_{h1}}{\\partial net_{h1}}", "0.241300709");
        assertResult(md, "\\frac{\\partial E_{total}}{\\partial w_{1}}", "0.000438568");
        assertResult(md, "w_{1}^{+}", "0.149780716");
        assertResult(md, "net_{h1}", "0.3775");
        assertResult(md, "out_{h1}", "0.593269992");
        assertResult(md, "out_{o1}", "0.75136507");
        assertResult(md, "E_{o1}", "0.274811083");
        assertResult(md, "E_{total}", "0.298371109");
        assertResult(md, "\\delta_{o1}", "0.138498562");
        assertTrue(md.contains("$$E_{total}: 0.298371109 \\to 0.291027774$$"), "the loss before and after");
        assertTrue(md.contains("Frozen, and so unchanged: $b_{1} = 0.35$ and $b_{2} = 0.6$."), md);
        assertTrue(md.contains("(`mazur.nn:4`)") && md.contains("(`mazur.nn:5`)"), "layers tied to their lines");
    }

    @Test
    void everyGradientShownIsTheGeneratedClasssGradient() throws IOException {
        for (Explained sample : Explained.all()) {
            assertGradientsAreTheClasss(sample);
        }
    }

    @Test
    void unfusedOutputsAreDifferentiatedThroughTheirActivation(@TempDir Path dir) throws IOException {
        String[] networks = {
            "network SoftmaxSse {\n input x[2]\n layer h[2] tanh\n layer p[3] softmax\n loss sse\n"
                    + " weights init uniform(-1, 1) seed = 3\n data { [0.5, -1] -> [0, 1, 0] }\n}\n",
            "network SigmoidCrossEntropy {\n input x[2]\n layer y[2] sigmoid bias shared = 0.1\n loss cross_entropy\n"
                    + " weights = [0.1, -0.2, 0.3, 0.4]\n optimizer momentum(rate = 0.1)\n data { [1, 2] -> [1, 0] }\n}\n",
            "network TwoMse {\n input x[1] normalize\n layer h[2] leaky_relu(0.2) bias none\n layer y[2] linear\n loss mse\n"
                    + " weights = [1, -1, 0.5, 0.25, -0.5, 2]\n train epochs = 1 batch = 2\n"
                    + " data { [1] -> [1, 2]\n [3] -> [0, 1]\n [2] -> [1, 1] }\n}\n",
        };
        for (int n = 0; n < networks.length; n++) {
            Path file = dir.resolve("net" + n + ".nn");
            Files.writeString(file, networks[n]);
            Explained explained = Explained.of(file);
            assertGradientsAreTheClasss(explained);
            assertTrue(explained.markdown().contains("## After one step"), explained.markdown());
        }
        String softmax = Explained.of(dir.resolve("net0.nn")).markdown();
        assertTrue(equation(softmax, "\\delta_{p1}").contains("\\sum_{k} out_{pk}"), "the softmax Jacobian: " + softmax);
        String mse = Explained.of(dir.resolve("net2.nn")).markdown();
        assertTrue(equation(mse, "\\frac{\\partial E_{total}}{\\partial out_{y1}}").contains("\\frac{2}{2}(out_{y1} - t_{1})"),
                mse);
        assertTrue(equation(mse, "\\frac{\\partial out_{h2}}{\\partial net_{h2}}").contains("because"), mse);
    }

    /** Every gradient equation ends in the value the generated class computes for that parameter. */
    private static void assertGradientsAreTheClasss(Explained sample) {
        Network net = sample.fresh();
        Dataset data = sample.data();
        if (net.normalizesInputs()) {
            Normalization stats = Normalization.of(data);
            net.setInputNormalization(stats.mean(), stats.std());
        }
        double[] gradient = new double[net.parameterNames().length];
        net.gradient(data.input(0), data.target(0), gradient);
        int weights = sample.compiled().model().weightCount();
        int checked = 0;
        for (String line : sample.markdown().lines().toList()) {
            Matcher m = GRADIENT.matcher(line);
            if (m.matches()) {
                int p = Integer.parseInt(m.group(2)) - 1 + (m.group(1).equals("b") ? weights : 0);
                assertEquals(Num.tex(gradient[p]), m.group(3), sample + ": " + line);
                checked++;
            }
        }
        if (weights <= Explainer.PER_WEIGHT_LIMIT) {
            assertTrue(checked >= weights, sample + ": one equation per weight, found " + checked);
        }
    }

    @Test
    void theStepShownIsTheOptimizersStep() throws IOException {
        for (Explained sample : Explained.all()) {
            CompiledNetwork compiled = sample.compiled();
            Dataset data = sample.data();
            FirstStep step = FirstStep.take(compiled.backward(), data, sample.fresh());
            var o = compiled.model().optimizer();
            for (int p = 0; p < step.parameterCount(); p++) {
                double g = step.meanGradient(p);
                double expected;
                switch (o.kind()) {
                    case ADAM:
                        double m = (1 - o.beta1()) * g;
                        double v = (1 - o.beta2()) * g * g;
                        expected = step.param(p) - o.rate() * (m / (1 - o.beta1())) / (Math.sqrt(v / (1 - o.beta2())) + o.eps());
                        break;
                    case RPROP:
                        expected = step.param(p) - Math.signum(g) * o.rprop().delta0();
                        break;
                    default:
                        expected = step.param(p) - o.rate() * g;
                }
                if (!step.trainable(p)) {
                    expected = step.param(p);
                }
                assertEquals(expected, step.after(p), 1e-12 * Math.max(1, Math.abs(expected)), sample + " parameter " + p);
            }
            Network fresh = sample.fresh();
            step.normalization().ifPresent(n -> fresh.setInputNormalization(n.mean(), n.std()));
            assertEquals(fresh.loss(data.input(0), data.target(0)), step.lossBefore(),
                    1e-12 * Math.max(1, step.lossBefore()), sample + ": the graph's loss is the class's");
        }
    }

    @Test
    void mathIsSafeForGitHubMarkdown() throws IOException {
        for (Explained sample : Explained.all()) {
            String md = sample.markdown();
            boolean code = false;
            for (String line : md.lines().toList()) {
                if (line.startsWith("```")) {
                    code = !code;
                }
                if (code) {
                    continue;
                }
                if (line.contains("$$")) {
                    assertTrue(line.startsWith("$$") && line.endsWith("$$") && line.length() > 4,
                            sample + ": display math on one line of its own: " + line);
                }
                for (String math : math(line)) {
                    assertFalse(Pattern.compile("\\\\[^A-Za-z]").matcher(math).find(),
                            sample + ": a backslash before punctuation is a Markdown escape: " + math);
                    assertFalse(Pattern.compile("[^A-Za-z0-9]_").matcher(math).find(),
                            sample + ": '_' after punctuation can open emphasis: " + math);
                    assertFalse(math.contains("*") || math.contains("<") || math.contains("|"), sample + ": " + math);
                }
            }
            assertFalse(code, sample + ": unclosed code block");
        }
    }

    /** The math on a line outside code: display or inline. */
    private static List<String> math(String line) {
        List<String> math = new ArrayList<>();
        if (line.startsWith("$$")) {
            math.add(line.substring(2, line.length() - 2));
            return math;
        }
        String outsideCode = line.replaceAll("`[^`]*`", "");
        String[] parts = outsideCode.split("\\$", -1);
        assertEquals(1, parts.length % 2, "balanced $ in: " + line);
        for (int i = 1; i < parts.length; i += 2) {
            math.add(parts[i]);
        }
        return math;
    }

    @Test
    void quotedCodeIsTheGeneratedCode() throws IOException {
        for (Explained sample : Explained.all()) {
            String md = sample.markdown();
            List<String> source = sample.compiled().javaFile().toString().lines().map(String::strip).toList();
            boolean code = false;
            int quoted = 0;
            for (String line : md.lines().toList()) {
                if (line.startsWith("```")) {
                    code = !code;
                } else if (code) {
                    assertTrue(source.contains(line), sample + ": not in the generated class: " + line);
                    quoted++;
                }
            }
            if (sample.compiled().model().weightCount() <= Explainer.PER_WEIGHT_LIMIT
                    && !sample.compiled().graphs().segments().isEmpty()) {
                assertTrue(quoted > 0, sample + ": quotes the generated code");
            }
        }
    }

    /**
     * Explain finds each step's statements by the graph node or parameter they compute, in the symbol
     * table emission recorded, so no naming scheme can hide one: every equation of an unrolled layer,
     * every gradient sum and every update it could quote is there.
     */
    @Test
    void everyStepOfAnUnrolledLayerHasItsStatements() throws IOException {
        for (Explained sample : Explained.all()) {
            CompiledNetwork compiled = sample.compiled();
            CodeIndex code = CodeIndex.of(compiled);
            for (var segment : compiled.graphs().segments()) {
                var backward = segment.backward();
                for (int l = segment.stage().first(); l <= segment.stage().last(); l++) {
                    var nodes = backward.forward().layers().get(l - segment.stage().first());
                    for (int j = 0; j < nodes.net().size(); j++) {
                        assertFalse(code.quote(code.net(l, j)).isEmpty(), sample + " net " + l + "," + j);
                        assertFalse(code.quote(code.out(l, j)).isEmpty(), sample + " out " + l + "," + j);
                        boolean computed = backward.adjoint(nodes.net().get(j)).filter(d -> !d.op().isLeaf()).isPresent();
                        assertEquals(computed, !code.quote(code.delta(l, j)).isEmpty(), sample + " delta " + l + "," + j);
                    }
                    assertEquals(nodes.softmax().isPresent(), !code.quote(code.softmax(l)).isEmpty(), sample + " " + l);
                }
                for (int p : backward.forward().parameters()) {
                    boolean trainable = backward.parameterGradients().get(p).isPresent();
                    assertEquals(trainable, !code.quote(List.of(code.gradientSum(p))).isEmpty(), sample + " p" + p);
                    assertEquals(trainable, !code.quote(List.of(code.update(p))).isEmpty(), sample + " p" + p);
                }
            }
            assertEquals(compiled.plan().layer(compiled.model().layers().size() - 1).unrolled(),
                    !code.quote(List.of(code.loss())).isEmpty(), sample + " loss");
        }
    }

    /**
     * Inputs called {@code tmp} take the names {@code tmp1, tmp2} that shared terms would have, so
     * those become {@code tmp1_, tmp2_}: the hidden deltas' quotes still show the shared term they
     * read (the regex over the source this replaced looked for {@code tmp1} and silently dropped it).
     */
    @Test
    void renamedSharedTermsAreQuoted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("clash.nn");
        Files.writeString(file, Files.readString(Explained.SAMPLES.resolve("softmax_cross_entropy.nn")).replace("x[", "tmp["));
        String md = Explained.of(file).markdown();
        List<String> lines = md.lines().toList();
        int delta = lines.indexOf("delta_h1 = tmp1_ * (1 - out_h1);");
        assertTrue(delta > 0 && lines.get(delta - 1).startsWith("tmp1_ = "), md);
        assertTrue(md.contains("net_h1 = w1 * tmp1 + w2 * tmp2 + b1;"), "the inputs keep their names: " + md);
    }

    @Test
    void largeNetworksAreSummarisedPerLayer() throws IOException {
        String md = Explained.sample("breast_cancer.nn").markdown();
        assertTrue(md.contains("explained layer by layer"), md);
        assertTrue(md.contains("$$net_{hj} = \\sum_{i=1}^{30} w_{ji}^{(h)} \\cdot f_{i} + b_{hj}"), md);
        assertFalse(md.contains("\\partial w_{100}}"), "no equation per weight");
        assertTrue(md.length() < 20_000, "a summary, not " + md.length() + " characters");
        assertTrue(md.contains("| neuron | dE/dout | dout/dnet | delta |"), md);
    }

    @Test
    void fusedLossesGiveTheDeltaDirectly() throws IOException {
        String xor = Explained.sample("xor.nn").markdown();
        assertResult(xor, "\\delta_{y1} = \\frac{\\partial E_{total}}{\\partial net_{y1}}", "0.935722608");
        assertTrue(equation(xor, "\\delta_{y1}").contains("= out_{y1} - t_{1} ="), xor);
        assertFalse(xor.contains("\\partial out_{y1}}{\\partial net_{y1}}"), "no sigmoid factor for a fused output");
        String classes = Explained.sample("softmax_cross_entropy.nn").markdown();
        assertTrue(equation(classes, "\\delta_{p1}").contains("= out_{p1} - t_{1} ="), classes);
        assertTrue(classes.contains("$$out_{p1} = \\frac{e^{net_{p1}}}{e^{net_{p1}} + e^{net_{p2}} + e^{net_{p3}}}"), classes);
    }

    @Test
    void batchesAndStandardisedInputsAreExplained() throws IOException {
        String md = Explained.sample("iris.nn").markdown();
        assertTrue(md.contains("the update at the end uses the mean over the first 8 samples in file order"), md);
        assertTrue(md.contains("| input | in the file | mean | standard deviation | standardised |"), md);
        assertTrue(md.contains("$$m^{+} = \\beta_{1} m + (1 - \\beta_{1}) g"), "adam's state equations");
        assertTrue(md.contains("The mean loss of the first batch went from"), md);
    }
}
