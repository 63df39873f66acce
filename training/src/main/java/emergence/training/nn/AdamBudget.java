package emergence.training.nn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A training budget shared by every size of a sweep: the same examples, epochs, batch and Adam learning
 * rate schedule for the smallest and the largest network. The rate is constant, or steps down once to a lower
 * rate for the final epochs. Plain data, free of ND4J (a family's plan carries it to scoring): the trainer makes
 * its updater with {@link EpochFit#adam(AdamBudget)}.
 *
 * @param trainExamples       training examples used (the first n of the training split), 100..10,000,000
 * @param epochs              passes over them, 1..1000
 * @param batchSize           minibatch size, 1..65536
 * @param learningRate        Adam learning rate, (0, 1]
 * @param decayEpoch          first epoch (0-based) trained at {@code decayedLearningRate}, 1..epochs;
 *                            {@code epochs} means the rate never changes
 * @param decayedLearningRate Adam learning rate from {@code decayEpoch} on, (0, learningRate]
 */
public record AdamBudget(int trainExamples, int epochs, int batchSize, double learningRate, int decayEpoch,
                         double decayedLearningRate) {
    public AdamBudget {
        if (trainExamples < 100 || trainExamples > 10_000_000) {
            throw new IllegalArgumentException("trainExamples must be in 100..10000000, got " + trainExamples);
        }
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("epochs must be in 1..1000, got " + epochs);
        }
        if (batchSize < 1 || batchSize > 65_536) {
            throw new IllegalArgumentException("batchSize must be in 1..65536, got " + batchSize);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
        if (decayEpoch < 1 || decayEpoch > epochs) {
            throw new IllegalArgumentException("decayEpoch must be in 1.." + epochs + " (the epochs), got " + decayEpoch);
        }
        if (!(decayedLearningRate > 0 && decayedLearningRate <= learningRate)) {
            throw new IllegalArgumentException("decayedLearningRate must be in (0, " + learningRate
                    + "] (the learning rate), got " + decayedLearningRate);
        }
    }

    /** A constant learning rate. */
    public AdamBudget(int trainExamples, int epochs, int batchSize, double learningRate) {
        this(trainExamples, epochs, batchSize, learningRate, epochs, learningRate);
    }

    /** This budget, with the rate stepping down to {@code decayedRate} from epoch {@code fromEpoch} (0-based). */
    public AdamBudget withStepDecay(int fromEpoch, double decayedRate) {
        return new AdamBudget(trainExamples, epochs, batchSize, learningRate, fromEpoch, decayedRate);
    }

    /** Whether the learning rate steps down before the last epoch ends. */
    public boolean decays() {
        return decayEpoch < epochs;
    }

    /** Refuses a training set smaller than the budget's examples. */
    public void requireExamples(int available) {
        if (available < trainExamples) {
            throw new IllegalArgumentException("budget needs " + trainExamples + " training examples, got "
                    + available);
        }
    }

    /** The minibatch schedule of one run. */
    public EpochFit.Schedule schedule() {
        return new EpochFit.Schedule(trainExamples, batchSize, epochs);
    }

    /** Optimiser steps of one run. */
    public long steps() {
        return schedule().steps();
    }

    /** Training examples one run sees, counted with repeats: epochs × training examples. */
    public long examples() {
        return (long) epochs * trainExamples;
    }

    /** The budget as manifest entries. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("train_examples", trainExamples);
        m.put("epochs", epochs);
        m.put("batch_size", batchSize);
        m.put("optimizer", "adam");
        m.put("learning_rate", learningRate);
        if (decays()) {
            m.put("decay_epoch", decayEpoch);
            m.put("decayed_learning_rate", decayedLearningRate);
        }
        return m;
    }
}
