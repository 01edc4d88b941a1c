package dev.nnc.compiler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Models;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which layers the governor unrolls, and what a forced strategy does. */
class CodeSizeGovernorTest {
    private static Network network(int inputs, int... sizes) {
        Activation[] activations = new Activation[sizes.length];
        java.util.Arrays.fill(activations, Activation.TANH);
        return Models.random(1, inputs, sizes, activations, Loss.MSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.sgd(0.1));
    }

    private static List<Strategy> strategies(Network network) {
        return CodeSizeGovernor.plan(network, Optional.empty()).value().orElseThrow().layers().stream()
                .map(LayerPlan::strategy).toList();
    }

    @Test
    void tinyNetworksAreUnrolledWholeAndLargerOnesUseLoops() {
        assertEquals(List.of(Strategy.UNROLL, Strategy.UNROLL), strategies(Models.mazur()));
        assertEquals(List.of(Strategy.UNROLL, Strategy.UNROLL), strategies(network(4, 4, 6)));
        assertEquals(List.of(Strategy.LOOP, Strategy.LOOP), strategies(network(4, 8, 3)));
        assertEquals(List.of(Strategy.LOOP, Strategy.LOOP, Strategy.LOOP), strategies(network(784, 128, 64, 10)));
        assertTrue(CodeSizeGovernor.plan(Models.mazur(), Optional.empty()).value().orElseThrow().allUnrolled());
    }

    @Test
    void aForcedStrategyIsObeyedAndTheOthersFollowTheRule() {
        Network big = Models.withStrategies(network(64, 32, 10), Strategy.AUTO, Strategy.UNROLL);
        assertEquals(List.of(Strategy.LOOP, Strategy.UNROLL), strategies(big));
        Network small = Models.withStrategies(Models.mazur(), Strategy.LOOP, Strategy.AUTO);
        assertEquals(List.of(Strategy.LOOP, Strategy.LOOP), strategies(small));
        Network both = Models.withStrategies(Models.mazur(), Strategy.UNROLL, Strategy.LOOP);
        assertEquals(List.of(Strategy.UNROLL, Strategy.LOOP), strategies(both));
    }

    @Test
    void loopLayersPickTheLayoutThatMakesTheirPassesAxpyLoops() {
        Plan plan = CodeSizeGovernor.plan(network(64, 32, 10), Optional.empty()).value().orElseThrow();
        assertEquals(Layout.INPUT_MAJOR, plan.layer(0).layout(), "the first layer passes no gradient back");
        assertEquals(Layout.NEURON_MAJOR, plan.layer(1).layout(), "narrower than its input");
        Plan widening = CodeSizeGovernor.plan(network(8, 16, 64), Optional.empty()).value().orElseThrow();
        assertEquals(Layout.INPUT_MAJOR, widening.layer(1).layout(), "wider than its input");
        assertFalse(widening.allUnrolled());
        assertEquals(List.of(new Plan.Stage(0, 0, Strategy.LOOP), new Plan.Stage(1, 1, Strategy.LOOP)), widening.stages());
    }
}
