package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Compiled;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A loop layer's update divides by the batch size through a shortcut ({@code x * (1.0 / batch)}
 * for a power-of-two batch), and a class with loops updates without dividing by adam's bias
 * corrections once both are 1 ({@code applyUncorrectedUpdate}): the parameters stay bit for bit
 * those of the unrolled twin, which divides plainly, through batches of every kind and past the
 * steps where adam's corrections reach 1 (the first after 356 steps; with betas of 0.5 and 0.6,
 * both within 74).
 */
class LoopUpdateShortcutsTest {
    @Test
    void loopsAgreeBitForBitWithPlainDivisionThroughEveryBatchSizeAndCorrection() {
        List<Network[]> pairs = new ArrayList<>();
        List<JavaFile> sources = new ArrayList<>();
        int n = 0;
        List<OptimizerSettings> optimizers = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            for (double decay : new double[] {0.0, 0.01}) {
                optimizers.add(OptimizerSettings.defaults(kind)
                        .withRate(kind == OptimizerKind.ADAM ? 0.01 : 0.05).withWeightDecay(decay));
            }
        }
        for (double decay : new double[] {0.0, 0.01}) {
            optimizers.add(new OptimizerSettings(OptimizerKind.ADAM, 0.01, 0.9, 0.5, 0.6, 1e-8).withWeightDecay(decay));
        }
        for (OptimizerSettings optimizer : optimizers) {
            {
                Network model = Models.random(7100 + n, 5, new int[] {6, 3},
                        new Activation[] {Activation.TANH, Activation.SIGMOID}, Loss.MSE, BiasMode.PER_NEURON, false,
                        optimizer);
                Network loops = Models.renamed(Models.withStrategy(model, Strategy.LOOP), "Loops" + n, false);
                Network unrolled = Models.renamed(Models.withStrategy(model, Strategy.UNROLL), "Unrolled" + n, false);
                pairs.add(new Network[] {loops, unrolled});
                sources.add(Compiled.source(loops, "loops"));
                sources.add(Compiled.source(unrolled, "unrolled"));
                n++;
            }
        }
        assertTrue(sources.get(0).toString().contains("(batch & batch - 1) == 0"), "the loop class takes the shortcut");
        assertTrue(sources.get(sources.size() - 2).toString().contains("applyUncorrectedUpdate()"),
                "the adam loop class has an update without the corrections");
        Map<String, Class<?>> classes = Compiled.compileAll(sources);
        for (Network[] pair : pairs) {
            dev.nnc.runtime.Network loops = InMemoryCompiler.newInstance(classes.get("loops." + pair[0].name()));
            dev.nnc.runtime.Network unrolled = InMemoryCompiler.newInstance(classes.get("unrolled." + pair[1].name()));
            Dataset data = Models.samples(pair[0].name().hashCode(), 8, 5, 3, Loss.MSE);
            String what = pair[0].optimizer().kind() + " betas " + pair[0].optimizer().beta1() + ", "
                    + pair[0].optimizer().beta2() + " decay " + pair[0].optimizer().weightDecay();
            int sample = 0;
            // batches of 1 (past adam's step 356, where 1 - 0.9^t rounds to 1), then of 3, 4, 5 and 8
            int[] batches = new int[420];
            java.util.Arrays.fill(batches, 1);
            int[] mixed = {3, 4, 5, 8, 3, 1, 6, 2};
            for (int i = 400; i < batches.length; i++) {
                batches[i] = mixed[i % mixed.length];
            }
            double[] before = loops.parameters();
            for (int step = 0; step < batches.length; step++) {
                for (int s = 0; s < batches[step]; s++) {
                    int i = sample++ % data.size();
                    assertEquals(unrolled.accumulate(data.input(i), data.target(i)),
                            loops.accumulate(data.input(i), data.target(i)), what + " step " + step);
                }
                unrolled.update(batches[step]);
                loops.update(batches[step]);
                int at = step;
                assertArrayEquals(unrolled.parameters(), loops.parameters(), () -> what + " after step " + at);
            }
            assertNotEquals(before[0], loops.parameters()[0], what + " trains");
        }
    }
}
