package emergence.core.sweep;

import java.util.List;
import java.util.TreeSet;

/**
 * The steps of a run at which its trainer evaluates the test set and hands the outputs on: log-spaced from the first
 * step to the last, always including the last, so that every decade of training has about as many as the next.
 * Evaluating changes nothing in training (each trainer tests that its final outputs are the same bytes with and
 * without checkpoints).
 *
 * @param steps the steps, increasing; the last is the run's last step
 */
public record CheckpointSchedule(List<Long> steps) {
    /** Checkpoints per run when the steps allow as many distinct ones. */
    public static final int PER_RUN = 12;

    public CheckpointSchedule {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a schedule has at least the last step");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) < 1 || i > 0 && steps.get(i) <= steps.get(i - 1)) {
                throw new IllegalArgumentException("checkpoint steps must be positive and increasing: " + steps);
            }
        }
    }

    /**
     * {@code count} steps log-spaced over 1..{@code last} (rounded; fewer when rounding makes two equal, every step
     * when there are no more than {@code count}).
     */
    public static CheckpointSchedule logSpaced(long last, int count) {
        if (last < 1 || count < 2) {
            throw new IllegalArgumentException("need a last step ≥ 1 and at least 2 checkpoints, got " + last + ", "
                    + count);
        }
        TreeSet<Long> steps = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            steps.add(Math.max(1, Math.round(Math.pow(last, (double) i / (count - 1)))));
        }
        steps.add(last);
        return new CheckpointSchedule(List.copyOf(steps));
    }

    /** Only the last step: the run's final outputs and nothing before them. */
    public static CheckpointSchedule lastOnly(long last) {
        return new CheckpointSchedule(List.of(last));
    }

    /** The run's last step. */
    public long last() {
        return steps.get(steps.size() - 1);
    }

    /** Whether the outputs after {@code step} are evaluated before the last step. */
    public boolean dueBeforeLast(long step) {
        return step < last() && steps.contains(step);
    }
}
