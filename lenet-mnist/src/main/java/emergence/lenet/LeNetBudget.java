package emergence.lenet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The training budget shared by every size of a sweep: the same data, epochs, batch and optimiser for the
 * smallest and the largest network.
 *
 * @param trainExamples training images used (the first n of MNIST's 60,000), 100..60000
 * @param epochs        passes over them, 1..100
 * @param batchSize     minibatch size, 1..4096
 * @param learningRate  Adam learning rate, (0, 1]
 */
public record LeNetBudget(int trainExamples, int epochs, int batchSize, double learningRate) {
    public LeNetBudget {
        if (trainExamples < 100 || trainExamples > 60_000) {
            throw new IllegalArgumentException("trainExamples must be in 100..60000, got " + trainExamples);
        }
        if (epochs < 1 || epochs > 100) {
            throw new IllegalArgumentException("epochs must be in 1..100, got " + epochs);
        }
        if (batchSize < 1 || batchSize > 4096) {
            throw new IllegalArgumentException("batchSize must be in 1..4096, got " + batchSize);
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
        }
    }

    /** Optimiser steps of one run. */
    public long steps() {
        return (long) epochs * ((trainExamples + batchSize - 1) / batchSize);
    }

    /** The budget as manifest entries. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("train_examples", trainExamples);
        m.put("epochs", epochs);
        m.put("batch_size", batchSize);
        m.put("optimizer", "adam");
        m.put("learning_rate", learningRate);
        m.put("init", "uniform(+-1/sqrt(fan_in))");
        m.put("normalization", "(x/255-0.1307)/0.3081");
        return m;
    }
}
