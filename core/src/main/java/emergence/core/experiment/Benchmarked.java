package emergence.core.experiment;

import java.util.List;

/** A capability: the experiment's training path against a PyTorch script, timed by {@code bin/lab bench}. */
public interface Benchmarked {
    /**
     * @param examples examples timed per model (scaled to an epoch)
     * @param warmup   untimed steps before each timing
     */
    List<BenchCase> benchCases(int examples, int warmup);
}
