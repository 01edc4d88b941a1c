package dev.nnc.cli.sweep;

import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingDiverged;
import java.util.Optional;

/**
 * Runs one job: a fresh instance of its class trained at its rate on its split's training rows (as
 * {@code nnc train} trains: normalised by them, validated on the split's validation rows after every
 * epoch), then scored on the validation rows.
 */
public final class SweepTask {
    private SweepTask() {
    }

    /** The score of {@code job}, whose network is an instance of {@code type}. */
    public static SweepScore run(Class<?> type, SweepJob job, SweepData data) {
        Network net = NetworkClass.instantiate(type);
        Dataset training = data.training(job.split());
        Dataset validation = data.validation(job.split());
        net.setRate(job.rate());
        try {
            Trainer.train(net, training, Optional.of(validation), job.plan().plan(), (epoch, loss) -> { });
        } catch (TrainingDiverged e) {
            return new SweepScore(job.combination(), job.split(), Double.NaN, -1, validation.size(), e.epoch());
        }
        double loss = Trainer.meanLoss(net, validation);
        int correct = -1;
        if (Metrics.isClassification(validation)) {
            int[][] confusion = Metrics.confusion(net, validation);
            correct = 0;
            for (int c = 0; c < confusion.length; c++) {
                correct += confusion[c][c];
            }
        }
        return new SweepScore(job.combination(), job.split(), loss, correct, validation.size(), 0);
    }
}
