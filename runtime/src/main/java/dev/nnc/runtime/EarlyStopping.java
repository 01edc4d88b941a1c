package dev.nnc.runtime;

/**
 * Early stopping's bookkeeping for one training run: the best watched loss so far, its epoch and
 * parameters, and the epochs since it. Without patience in the plan it watches nothing and never stops.
 */
final class EarlyStopping {
    private final TrainingPlan plan;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private double[] bestParameters;
    private int withoutImprovement;

    EarlyStopping(TrainingPlan plan) {
        this.plan = plan;
    }

    /** After epoch {@code epoch} (from 1), whose watched loss is {@code loss}. */
    void epochEnded(Network net, int epoch, double loss) {
        if (!plan.stopsEarly()) {
            return;
        }
        if (loss < best - plan.minDelta()) {
            best = loss;
            bestEpoch = epoch;
            // the one allocation: a copy per improving epoch (Network has no read into a given array)
            bestParameters = net.parameters();
            withoutImprovement = 0;
        } else {
            withoutImprovement++;
        }
    }

    /** Whether patience has run out. */
    boolean stopped() {
        return plan.stopsEarly() && withoutImprovement >= plan.patience().getAsInt();
    }

    /** Gives the network the best epoch's parameters again (when there was a best epoch). */
    void restoreBest(Network net) {
        if (bestParameters != null) {
            net.setParameters(bestParameters);
        }
    }

    /** The epoch (from 1) whose parameters are kept; 0 when none was better than infinity. */
    int bestEpoch() {
        return bestEpoch;
    }
}
