package emergence.common.nn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A training budget shared by every size of a sweep: the same examples, epochs, batch and Adam learning
 * rate for the smallest and the largest network.
 *
 * @param trainExamples training examples used (the first n of the training split), 100..10,000,000
 * @param epochs        passes over them, 1..1000
 * @param batchSize     minibatch size, 1..65536
 * @param learningRate  Adam learning rate, (0, 1]
 */
public record AdamBudget(int trainExamples, int epochs, int batchSize, double learningRate) {
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

    /** The budget as manifest entries. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("train_examples", trainExamples);
        m.put("epochs", epochs);
        m.put("batch_size", batchSize);
        m.put("optimizer", "adam");
        m.put("learning_rate", learningRate);
        return m;
    }
}
