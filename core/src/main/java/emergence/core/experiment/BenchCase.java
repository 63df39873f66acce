package emergence.core.experiment;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * One timed model of {@code bin/lab bench}: the lab's training path and the equivalent PyTorch script.
 *
 * @param model  the row's model column, e.g. a size id or {@code sweep}
 * @param lab    times the lab's training path; returns seconds per epoch
 * @param script the PyTorch script under {@code bench/}
 * @param args   its arguments (the bench adds examples, threads and warm-up)
 */
public record BenchCase(String model, DoubleSupplier lab, String script, List<String> args) {
    /** Seeds per size of a bench's {@code sweep} case. */
    public static final int SWEEP_SEEDS = 3;

    public BenchCase {
        args = List.copyOf(args);
    }
}
