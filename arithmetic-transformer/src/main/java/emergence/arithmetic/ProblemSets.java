package emergence.arithmetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The problems of a profile: a fixed test set, the same number of problems for every answer length L = 1 ..
 * {@value Problem#DIGITS}, and a training pool drawn from the same distribution with every test problem left out (a test problem drawn
 * for training is drawn again at its length).
 * A problem is drawn length first: L uniform, then the sum uniform among the L-digit numbers, then {@code a}
 * uniform in 0..sum (so operands of every length occur). Only 55 problems have a one-digit answer: a fifth of them
 * are held out for testing, not {@code perLength}.
 *
 * @param test  the test problems, grouped by L, each group in its draw order
 * @param train the training pool, in draw order (repeats allowed: the short lengths have few problems)
 */
public record ProblemSets(List<Problem> test, List<Problem> train) {
    /** Problems with a one-digit answer (a + b ≤ 9). */
    static final int ONE_DIGIT_PROBLEMS = 55;
    /** One-digit test problems: a fifth of them, the rest left to train on. */
    static final int ONE_DIGIT_TEST = ONE_DIGIT_PROBLEMS / 5;

    public ProblemSets {
        test = List.copyOf(test);
        train = List.copyOf(train);
    }

    /**
     * Draws both sets.
     *
     * @param perLength test problems per answer length (one-digit answers: at most a fifth of the 55)
     * @param trainSize training problems
     * @param seed      the protocol's seed (fixed per profile: the problems are the dataset, not part of a run)
     */
    public static ProblemSets draw(int perLength, int trainSize, long seed) {
        if (perLength < 1 || trainSize < 1) {
            throw new IllegalArgumentException("need ≥ 1 test problem per length and ≥ 1 training problem, got "
                    + perLength + " and " + trainSize);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Set<Long> held = new HashSet<>();
        List<Problem> test = new ArrayList<>();
        for (int length = 1; length <= Problem.DIGITS; length++) {
            int want = length == 1 ? Math.min(perLength, ONE_DIGIT_TEST) : perLength;
            for (int n = 0; n < want; ) {
                Problem p = draw(rng, length);
                if (held.add(p.key())) {
                    test.add(p);
                    n++;
                }
            }
        }
        List<Problem> train = new ArrayList<>(trainSize);
        while (train.size() < trainSize) {
            int length = 1 + rng.nextInt(Problem.DIGITS);
            Problem p = draw(rng, length);
            while (held.contains(p.key())) {
                p = draw(rng, length);  // redrawn at its length, so that every length keeps its share
            }
            train.add(p);
        }
        return new ProblemSets(test, train);
    }

    /**
     * The first {@code perLength} test problems of every answer length (all of a length that has fewer), in test
     * order: the problems a run's checkpoints are evaluated on.
     */
    public List<Problem> probe(int perLength) {
        if (perLength < 1) {
            throw new IllegalArgumentException("a probe needs ≥ 1 problem per length, got " + perLength);
        }
        int[] taken = new int[Problem.DIGITS + 1];
        return test.stream().filter(p -> taken[p.length()]++ < perLength).toList();
    }

    /** A problem whose answer has {@code length} digits. */
    static Problem draw(SplittableRandom rng, int length) {
        int low = length == 1 ? 0 : pow10(length - 1);
        int sum = low + rng.nextInt(pow10(length) - low);
        int a = rng.nextInt(sum + 1);
        return new Problem(a, sum - a);
    }

    private static int pow10(int e) {
        int v = 1;
        for (int i = 0; i < e; i++) {
            v *= 10;
        }
        return v;
    }
}
