package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Schedules, validation data, early stopping and the validation split, through the Trainer. */
class TrainingWorkflowTest {
    private static final List<LayerShape> LAYERS = List.of(LayerShape.of(5, Activation.TANH),
            LayerShape.of(3, Activation.SOFTMAX));

    private static GenericMlp network(OptimizerSettings optimizer) {
        double[] initial = TestNetworks.uniform(new Random(3), GenericMlp.parameterCount(2, LAYERS), 0.7);
        return new GenericMlp("W", 2, LAYERS, Loss.CROSS_ENTROPY, optimizer, false, initial);
    }

    private static Dataset data(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            int k = i % 3;
            x[i] = new double[] {k + 0.8 * random.nextGaussian(), -k + 0.8 * random.nextGaussian()};
            t[i] = TestNetworks.oneHot(3, k);
        }
        return new Dataset(x, t);
    }

    @Test
    void aScheduleGivesEveryEpochItsRate() {
        Dataset data = data(12, 1);
        Schedule schedule = Schedule.step(2, 0.5);
        GenericMlp scheduled = network(OptimizerSettings.sgd(0.4));
        Trainer.train(scheduled, data, new TrainingPlan(5, 3, OptionalLong.empty()).withSchedule(schedule));
        GenericMlp byHand = network(OptimizerSettings.sgd(0.4));
        double[] rates = {0.4, 0.4, 0.2, 0.2, 0.1};
        for (double rate : rates) {
            byHand.setRate(rate);
            Trainer.train(byHand, data, new TrainingPlan(1, 3, OptionalLong.empty()));
        }
        assertArrayEquals(byHand.parameters(), scheduled.parameters(), 0.0);
        assertEquals(0.1, scheduled.rate(), 0.0, "the last epoch's rate stays set");
    }

    @Test
    void schedulesFollowTheirFormulas() {
        assertEquals(0.8 * Math.pow(0.5, 3), Schedule.step(3, 0.5).rate(0.8, 10, 20), 0.0);
        assertEquals(0.8 * Math.pow(0.9, 10), Schedule.exponential(0.9).rate(0.8, 10, 20), 0.0);
        assertEquals(0.8, Schedule.cosine(0.1).rate(0.8, 0, 20), 0.0);
        assertEquals(0.45, Schedule.cosine(0.1).rate(0.8, 10, 20), 1e-15);
        assertEquals(0.1, Schedule.cosine(0.1).rate(0.8, 20, 20), 1e-15);
    }

    @Test
    void earlyStoppingStopsAfterPatienceAndRestoresTheBestEpoch() {
        Dataset train = data(30, 2);
        Dataset validation = data(30, 99);
        // a rate so high that the validation loss soon stops improving
        TrainingPlan plan = new TrainingPlan(200, 1, OptionalLong.empty()).withEarlyStopping(3, 0.0);
        GenericMlp net = network(OptimizerSettings.sgd(2.0));
        List<Double> watched = new java.util.ArrayList<>();
        TrainingResult result = Trainer.train(net, train, Optional.of(validation), plan, new TrainingListener() {
            @Override
            public void epochEnded(int epoch, double meanLoss) {
            }

            @Override
            public void validated(int epoch, double loss) {
                watched.add(loss);
            }
        });
        int best = result.bestEpoch().orElseThrow();
        assertTrue(result.epochs() < 200, "stopped early: " + result.epochs());
        assertEquals(best + 3, result.epochs(), "three epochs without improvement after the best");
        assertEquals(result.epochs(), result.lossHistory().length);
        assertArrayEquals(watched.stream().mapToDouble(Double::doubleValue).toArray(), result.validationLossHistory(), 0.0);
        double min = watched.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertEquals(min, watched.get(best - 1), 0.0, "the best epoch has the lowest validation loss");
        GenericMlp again = network(OptimizerSettings.sgd(2.0));
        Trainer.train(again, train, new TrainingPlan(best, 1, OptionalLong.empty()));
        assertArrayEquals(again.parameters(), net.parameters(), 0.0, "the best epoch's parameters");
        assertEquals(Trainer.meanLoss(net, validation), result.validationLoss().orElseThrow(), 0.0);
        assertEquals(Trainer.meanLoss(net, train), result.finalLoss(), 0.0);
    }

    @Test
    void withoutValidationDataEarlyStoppingWatchesTheTrainingLoss() {
        Dataset train = data(12, 4);
        TrainingPlan plan = new TrainingPlan(40, 4, OptionalLong.empty()).withEarlyStopping(2, 1e9);
        TrainingResult result = Trainer.train(network(OptimizerSettings.sgd(0.1)), train, plan);
        // with min_delta 1e9 no epoch after the first improves on it: two more, then stop
        assertEquals(OptionalInt.of(1), result.bestEpoch());
        assertEquals(3, result.epochs());
        assertEquals(0, result.validationLossHistory().length);
    }

    @Test
    void rpropTrainsOnTheWholeSetAndLearns() {
        Dataset train = data(30, 5);
        GenericMlp net = network(OptimizerSettings.defaults(OptimizerKind.RPROP));
        double before = Trainer.meanLoss(net, train);
        TrainingResult result = Trainer.train(net, train, new TrainingPlan(40, TrainingPlan.FULL_BATCH,
                OptionalLong.empty()));
        assertTrue(result.finalLoss() < 0.5 * before, before + " -> " + result.finalLoss());
    }

    @Test
    void theValidationSplitIsStratifiedReproducibleAndDisjoint() {
        Dataset data = data(30, 6);
        ValidationSplit.Parts parts = ValidationSplit.split(data, 0.2, 7, true);
        assertEquals(24, parts.training().size());
        assertEquals(6, parts.validation().size());
        int[] perClass = new int[3];
        for (int i = 0; i < parts.validation().size(); i++) {
            perClass[Metrics.predictedClass(parts.validation().target(i))]++;
        }
        assertArrayEquals(new int[] {2, 2, 2}, perClass, "each class keeps its share");
        Set<double[]> seen = new HashSet<>();
        for (ValidationSplit.Parts p : List.of(parts)) {
            for (int i = 0; i < p.training().size(); i++) {
                seen.add(p.training().input(i));
            }
            for (int i = 0; i < p.validation().size(); i++) {
                assertTrue(seen.add(p.validation().input(i)), "a validation sample is not trained on");
            }
        }
        assertEquals(30, seen.size());
        ValidationSplit.Parts again = ValidationSplit.split(data, 0.2, 7, true);
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(parts.validation().input(i), again.validation().input(i), 0.0, "same seed, same split");
        }
        ValidationSplit.Parts other = ValidationSplit.split(data, 0.2, 8, true);
        boolean differs = false;
        for (int i = 0; i < 6; i++) {
            differs |= !Arrays.equals(parts.validation().input(i), other.validation().input(i));
        }
        assertTrue(differs, "another seed holds out other samples");
    }
}
