package dev.nnc.cli;

import dev.nnc.compiler.data.ValidationData;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.LossHistory;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingDiverged;
import dev.nnc.runtime.TrainingListener;
import dev.nnc.runtime.TrainingPlan;
import dev.nnc.runtime.TrainingResult;
import java.util.Optional;

/**
 * One training of one network at one learning rate, and what came of it: the result, or the
 * divergence that stopped it; the training loss per epoch, the validation loss after every epoch
 * when there is validation data, and the test loss at the end of every epoch when test data is given;
 * after a long run, of every {@code historyEvery}th epoch ({@link LossHistory}).
 */
record TrainingRun(Network net, double rate, Optional<TrainingResult> result, Optional<TrainingDiverged> diverged,
                   double[] lossHistory, Optional<double[]> validationLossHistory, Optional<double[]> testLossHistory,
                   int historyEvery) {

    /**
     * Trains {@code net} at {@code rate} as {@code plan} says, measuring {@code test} after every epoch
     * (empty when no one looks at the test loss per epoch: it costs a pass over the test data each);
     * with {@code resume}, from the parameters and normalisation it has (loaded from a weights file)
     * instead of normalising by the training data.
     */
    static TrainingRun train(Network net, double rate, ValidationData.Sets sets, Optional<Dataset> test,
                             TrainingPlan plan, boolean resume, Progress progress) {
        net.setRate(rate);
        // the test loss is measured only for the epochs the histories keep
        LossHistory testLosses = new LossHistory(test.isPresent() ? plan.epochs() : 0);
        LossHistory validationLosses = new LossHistory(sets.validation().isPresent() ? plan.epochs() : 0);
        TrainingListener listener = new TrainingListener() {
            @Override
            public void validated(int epoch, double validationLoss) {
                validationLosses.add(validationLoss);
                progress.validated(epoch, validationLoss);
            }

            @Override
            public void epochEnded(int epoch, double loss) {
                if (test.isPresent()) {
                    testLosses.add(testLosses.wants(epoch) ? Trainer.meanLoss(net, test.get()) : Double.NaN);
                }
                progress.epochEnded(epoch, loss);
            }
        };
        try (progress) {
            TrainingResult result = resume ? Trainer.resume(net, sets.training(), sets.validation(), plan, listener)
                    : Trainer.train(net, sets.training(), sets.validation(), plan, listener);
            return new TrainingRun(net, rate, Optional.of(result), Optional.empty(), result.lossHistory(),
                    sets.validation().map(v -> result.validationLossHistory()),
                    test.map(t -> testLosses.values()), result.lossHistoryEvery());
        } catch (TrainingDiverged e) {
            // the epoch it diverged in may have been validated: its loss is not part of the histories
            return new TrainingRun(net, rate, Optional.empty(), Optional.of(e), e.lossHistory(),
                    sets.validation().map(v -> validationLosses.valuesBefore(e.epoch())),
                    test.map(t -> testLosses.values()), e.lossHistoryEvery());
        }
    }

    /** The mean loss over the training data before training. */
    double initialLoss() {
        return result.map(TrainingResult::initialLoss).orElseGet(() -> diverged.orElseThrow().initialLoss());
    }

    /** Whether training stopped because a number stopped being finite. */
    boolean hasDiverged() {
        return diverged.isPresent();
    }
}
