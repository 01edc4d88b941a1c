package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The training loop's contract, observed through a network that records what it is asked to do. */
class TrainerTest {
    /** Sample i has input {i} and target {10 i}; the spy's losses are the sample index plus its call count. */
    private static Dataset samples(int n) {
        double[][] x = new double[n][];
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i};
            t[i] = new double[] {10 * i};
        }
        return new Dataset(x, t);
    }

    /** Records calls as "train 2", "acc 0", "update 2"; losses are distinct so that means can be checked. */
    static class Spy extends StubNetwork {
        final List<String> calls = new ArrayList<>();
        final boolean normalizes;
        double[] mean;
        double[] std;
        int lossCalls;
        int steps;

        Spy(boolean normalizes) {
            super(1, 1);
            this.normalizes = normalizes;
        }

        @Override
        public boolean normalizesInputs() {
            return normalizes;
        }

        @Override
        public void setInputNormalization(double[] m, double[] s) {
            calls.add("normalize");
            mean = m;
            std = s;
        }

        @Override
        public double loss(double[] x, double[] t) {
            lossCalls++;
            return x[0] + 100 * steps;
        }

        @Override
        public double train(double[] x, double[] t) {
            calls.add("train " + (int) x[0]);
            return x[0] + 100 * steps++;
        }

        @Override
        public double accumulate(double[] x, double[] t) {
            calls.add("acc " + (int) x[0]);
            assertEquals(10 * x[0], t[0], 0.0, "target travels with its input");
            return x[0] + 100 * steps;
        }

        @Override
        public void update(int batchSize) {
            calls.add("update " + batchSize);
            steps++;
        }

        List<Integer> visited() {
            List<Integer> order = new ArrayList<>();
            for (String call : calls) {
                if (call.startsWith("train") || call.startsWith("acc")) {
                    order.add(Integer.parseInt(call.substring(call.indexOf(' ') + 1)));
                }
            }
            return order;
        }
    }

    @Test
    void batchOfOneTrainsSampleBySampleInFileOrder() {
        Spy spy = new Spy(false);
        TrainingResult result = Trainer.train(spy, samples(3), new TrainingPlan(2, 1, OptionalLong.empty()));
        assertEquals(List.of("train 0", "train 1", "train 2", "train 0", "train 1", "train 2"), spy.calls);
        // losses seen: 0, 101, 202 then 300, 401, 502
        assertArrayEquals(new double[] {101, 401}, result.lossHistory(), 0.0);
        assertEquals(1.0, result.initialLoss(), 0.0);
        assertEquals(601.0, result.finalLoss(), 0.0);
        assertEquals(2, result.epochs());
        assertEquals(3, result.samples());
    }

    @Test
    void batchesOfTwoOverThreeSamplesMakeTwoUpdatesPerEpoch() {
        Spy spy = new Spy(false);
        TrainingResult result = Trainer.train(spy, samples(3), new TrainingPlan(2, 2, OptionalLong.empty()));
        assertEquals(List.of("acc 0", "acc 1", "update 2", "acc 2", "update 1",
                "acc 0", "acc 1", "update 2", "acc 2", "update 1"), spy.calls);
        // losses seen: 0, 1, 102 then 200, 201, 302
        assertArrayEquals(new double[] {103.0 / 3, 703.0 / 3}, result.lossHistory(), 0.0);
        assertEquals(401.0, result.finalLoss(), 0.0);
    }

    @Test
    void batchLargerThanTheDataIsOneUpdate() {
        Spy spy = new Spy(false);
        Trainer.train(spy, samples(3), new TrainingPlan(1, 8, OptionalLong.empty()));
        assertEquals(List.of("acc 0", "acc 1", "acc 2", "update 3"), spy.calls);
    }

    @Test
    void listenerHearsEveryEpochFromOne() {
        List<String> heard = new ArrayList<>();
        TrainingResult result = Trainer.train(new Spy(false), samples(2), new TrainingPlan(3, 1, OptionalLong.empty()),
                (epoch, loss) -> heard.add(epoch + ":" + loss));
        double[] h = result.lossHistory();
        assertEquals(List.of("1:" + h[0], "2:" + h[1], "3:" + h[2]), heard);
    }

    @Test
    void zeroEpochsOnlyMeasures() {
        Spy spy = new Spy(false);
        TrainingResult result = Trainer.train(spy, samples(4), new TrainingPlan(0, 1, OptionalLong.empty()));
        assertTrue(spy.calls.isEmpty());
        assertEquals(0, result.lossHistory().length);
        assertEquals(1.5, result.initialLoss(), 0.0);
        assertEquals(1.5, result.finalLoss(), 0.0);
        assertEquals(8, spy.lossCalls);
    }

    @Test
    void shuffleIsFisherYatesOnOnePersistentArrayWithOneRandom() {
        int n = 7;
        int epochs = 4;
        Spy spy = new Spy(false);
        Trainer.train(spy, samples(n), new TrainingPlan(epochs, 1, OptionalLong.of(42)));
        List<Integer> expected = new ArrayList<>();
        Random random = new Random(42);
        int[] order = {0, 1, 2, 3, 4, 5, 6};
        for (int e = 0; e < epochs; e++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int i : order) {
                expected.add(i);
            }
        }
        assertEquals(expected, spy.visited());
        for (int e = 0; e < epochs; e++) {
            List<Integer> epoch = new ArrayList<>(spy.visited().subList(e * n, (e + 1) * n));
            epoch.sort(null);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), epoch, "every sample once per epoch");
        }
    }

    @Test
    void sameSeedSameOrderOtherSeedOtherOrder() {
        List<Integer> a = shuffledOrder(3);
        assertEquals(a, shuffledOrder(3));
        assertNotEquals(a, shuffledOrder(4));
        assertNotEquals(a.subList(0, 20), a.subList(20, 40), "each epoch is shuffled again");
        assertFalse(a.subList(0, 20).equals(shuffledOrder(-1).subList(0, 20)));
    }

    private static List<Integer> shuffledOrder(long seed) {
        Spy spy = new Spy(false);
        OptionalLong shuffle = seed < 0 ? OptionalLong.empty() : OptionalLong.of(seed);
        Trainer.train(spy, samples(20), new TrainingPlan(2, 3, shuffle));
        return spy.visited();
    }

    @Test
    void normalisingNetworksGetTheTrainingDataStatisticsFirst() {
        Spy spy = new Spy(true);
        Dataset data = new Dataset(new double[][] {{1}, {2}, {6}}, new double[][] {{10}, {20}, {60}});
        Trainer.train(spy, data, new TrainingPlan(1, 1, OptionalLong.empty()));
        assertEquals("normalize", spy.calls.get(0));
        assertArrayEquals(new double[] {3}, spy.mean, 0.0);
        assertArrayEquals(new double[] {Math.sqrt(14.0 / 3)}, spy.std, 0.0);
        Spy plain = new Spy(false);
        Trainer.train(plain, data, new TrainingPlan(1, 1, OptionalLong.empty()));
        assertFalse(plain.calls.contains("normalize"));
    }

    @Test
    void resumingKeepsTheNormalisationTheNetworkHas() {
        Spy spy = new Spy(true);
        Dataset data = new Dataset(new double[][] {{1}, {2}, {6}}, new double[][] {{10}, {20}, {60}});
        Trainer.resume(spy, data, new TrainingPlan(1, 1, OptionalLong.empty()), TrainingListener.NONE);
        assertFalse(spy.calls.contains("normalize"));
        assertEquals(3, spy.steps, "it trains like train does");
    }

    @Test
    void shuffledBatchesTrainAGenericMlpReproducibly() {
        TrainingResult a = xorRun(9);
        assertEquals(a, xorRun(9));
        assertNotEquals(a, xorRun(10));
        assertTrue(a.finalLoss() < a.initialLoss());
    }

    private static TrainingResult xorRun(long seed) {
        List<LayerShape> layers = List.of(LayerShape.of(3, Activation.TANH), LayerShape.of(1, Activation.SIGMOID));
        double[] initial = TestNetworks.uniform(new Random(1), GenericMlp.parameterCount(2, layers), 1.0);
        GenericMlp net = new GenericMlp("Xor", 2, layers, Loss.BCE, OptimizerSettings.sgd(0.5), false, initial);
        Dataset data = new Dataset(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        return Trainer.train(net, data, new TrainingPlan(50, 3, OptionalLong.of(seed)));
    }

    @Test
    void resultsAreDefensiveCopies() {
        double[] history = {3, 2, 1};
        TrainingResult result = new TrainingResult(3, 1, history, 3, 5);
        history[0] = 99;
        result.lossHistory()[1] = 99;
        assertArrayEquals(new double[] {3, 2, 1}, result.lossHistory(), 0.0);
        assertEquals(result, new TrainingResult(3, 1, new double[] {3, 2, 1}, 3, 5));
        assertEquals(result.hashCode(), new TrainingResult(3, 1, new double[] {3, 2, 1}, 3, 5).hashCode());
        assertTrue(result.toString().contains("[3.0, 2.0, 1.0]"));
    }

    @Test
    void rejectsDataThatDoesNotFit() {
        TrainingPlan plan = TrainingPlan.defaults();
        assertThrows(IllegalArgumentException.class, () -> Trainer.train(new Spy(false), samples(0), plan));
        Dataset wide = new Dataset(new double[][] {{1, 2}}, new double[][] {{1}});
        assertThrows(IllegalArgumentException.class, () -> Trainer.train(new Spy(false), wide, plan));
    }

    @Test
    void meanLossAveragesInFileOrder() {
        assertEquals(1.5, Trainer.meanLoss(new Spy(false), samples(4)), 0.0);
    }

    @Test
    void epochLoopAllocatesNothing() {
        List<LayerShape> layers = List.of(LayerShape.of(4, Activation.RELU), LayerShape.of(2, Activation.SOFTMAX));
        double[] initial = TestNetworks.uniform(new Random(2), GenericMlp.parameterCount(3, layers), 0.5);
        GenericMlp net = new GenericMlp("A", 3, layers, Loss.CROSS_ENTROPY,
                OptimizerSettings.defaults(OptimizerKind.ADAM), true, initial);
        Random random = new Random(4);
        double[][] x = new double[50][];
        double[][] t = new double[50][];
        for (int i = 0; i < 50; i++) {
            x[i] = TestNetworks.vector(random, 3, -1, 1);
            t[i] = TestNetworks.oneHot(2, random.nextInt(2));
        }
        Dataset data = new Dataset(x, t);
        long few = Allocations.during(() -> Trainer.train(net, data, new TrainingPlan(10, 4, OptionalLong.of(1))));
        long many = Allocations.during(() -> Trainer.train(net, data, new TrainingPlan(1010, 4, OptionalLong.of(1))));
        // per extra epoch only the 8 bytes of loss history, 8 of its trimmed copy and 8 of the result's; beyond that, the
        // one more parameter check (at epoch 1000) copies the parameters once: nothing else per epoch
        long oneCheck = 16 + 8L * net.parameterNames().length;
        assertTrue(many - few <= 1000 * 24 + oneCheck + 256, "1000 more epochs allocated " + (many - few) + " bytes");
    }

    @Test
    void aLossThatOverflowsStopsTrainingWithWhereAndWhatWasKnown() {
        Dataset data = new Dataset(new double[][] {{8, 12}}, new double[][] {{4}});
        TrainingDiverged diverged = assertThrows(TrainingDiverged.class,
                () -> Trainer.train(WorkedExampleTest.linear(), data, new TrainingPlan(200, 1, OptionalLong.empty())));
        assertEquals(1, diverged.sample());
        assertTrue(diverged.isLoss());
        assertEquals(diverged.epoch() - 1, diverged.epochsCompleted());
        assertEquals(1.59561248, diverged.lossHistory()[0], 0.0);
        assertEquals(49.24728928473661, diverged.lossHistory()[1], 0.0);
        assertEquals(1.59561248, diverged.initialLoss(), 0.0);
        assertTrue(Double.isInfinite(diverged.value()) || Double.isNaN(diverged.value()));
        assertTrue(diverged.getMessage().startsWith("training diverged at epoch " + diverged.epoch() + ", sample 1: the loss became "),
                diverged.getMessage());
    }

    @Test
    void theSampleIsCountedInFileOrderEvenWhenShuffled() {
        Spy spy = new Spy(false) {
            @Override
            public double accumulate(double[] x, double[] t) {
                super.accumulate(x, t);
                return steps >= 2 && x[0] == 4 ? Double.NaN : 0.0;
            }
        };
        TrainingDiverged diverged = assertThrows(TrainingDiverged.class,
                () -> Trainer.train(spy, samples(6), new TrainingPlan(5, 2, OptionalLong.of(8))));
        assertEquals(5, diverged.sample(), "sample {4} is the fifth in the file");
        assertTrue(Double.isNaN(diverged.value()));
        assertTrue(diverged.getMessage().contains("the loss became NaN"), diverged.getMessage());
        assertEquals(diverged.epochsCompleted(), diverged.lossHistory().length);
        assertTrue(diverged.epoch() >= 1 && diverged.epoch() <= 2, "three updates per epoch: " + diverged.epoch());
    }

    /** A spy whose parameter w2 becomes -infinity after {@code finiteSteps} steps while its losses stay finite. */
    static Spy parameterGoesInfiniteAfter(int finiteSteps) {
        return new Spy(false) {
            @Override
            public String[] parameterNames() {
                return new String[] {"w1", "w2"};
            }

            @Override
            public double[] parameters() {
                return new double[] {0.5, steps > finiteSteps ? Double.NEGATIVE_INFINITY : 1.0};
            }
        };
    }

    @Test
    void aParameterTheLossIgnoresIsCaughtAtTheEndOfTraining() {
        TrainingDiverged diverged = assertThrows(TrainingDiverged.class, () -> Trainer.train(
                parameterGoesInfiniteAfter(6), samples(3), new TrainingPlan(10, 1, OptionalLong.empty())));
        assertEquals(10, diverged.epoch(), "went infinite in epoch 3, found after the last one");
        assertEquals(0, diverged.sample());
        assertEquals("w2", diverged.quantity());
        assertEquals(9, diverged.epochsCompleted());
        assertEquals("training diverged by the end of epoch 10: parameter w2 became infinite", diverged.getMessage());
    }

    @Test
    void aParameterTheLossIgnoresIsCaughtEveryThousandEpochs() {
        List<Integer> ended = new ArrayList<>();
        TrainingListener listener = (epoch, loss) -> ended.add(epoch);
        TrainingDiverged diverged = assertThrows(TrainingDiverged.class, () -> Trainer.train(
                parameterGoesInfiniteAfter(6), samples(3), new TrainingPlan(2500, 1, OptionalLong.empty()), listener));
        assertEquals(Trainer.PARAMETER_CHECK_EVERY, diverged.epoch());
        assertEquals(Trainer.PARAMETER_CHECK_EVERY - 1, diverged.epochsCompleted());
        assertEquals(Trainer.PARAMETER_CHECK_EVERY - 1, ended.size(), "the listener never hears of the diverged epoch");
    }

    @Test
    void anEpochWhoseMeanLossOverflowsHasItsParametersChecked() {
        Spy spy = new Spy(false) {
            @Override
            public double train(double[] x, double[] t) {
                steps++;
                return Double.MAX_VALUE;
            }

            @Override
            public String[] parameterNames() {
                return new String[] {"w1"};
            }

            @Override
            public double[] parameters() {
                return new double[] {steps > 3 ? Double.NaN : 1.0};
            }
        };
        TrainingDiverged diverged = assertThrows(TrainingDiverged.class,
                () -> Trainer.train(spy, samples(3), new TrainingPlan(10, 1, OptionalLong.empty())));
        assertEquals(2, diverged.epoch(), "every sample's loss is finite, their sum is not");
        assertTrue(Double.isNaN(diverged.value()));
        assertEquals(1, diverged.epochsCompleted());
    }
}
