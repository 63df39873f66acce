package emergence.common.sweep;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Validated options of one sweep.
 *
 * @param profile  preset of sizes and budget
 * @param seeds    replicates per size, 1..100 (empty: the profile's default)
 * @param rootSeed root of every derived seed
 * @param threads  ND4J/OpenMP threads, 1..256 (pinned, since ND4J's RNG and reductions depend on it)
 * @param out      results root: runs go to {@code out/<experiment>/runs-<profile>/}
 * @param dataDir  explicit data root (wins over every other location)
 * @param download whether a dataset found nowhere may be downloaded into the cache
 */
public record SweepOptions(Profile profile, Optional<Integer> seeds, long rootSeed, int threads, Path out,
                           Optional<Path> dataDir, boolean download) {
    public static final long DEFAULT_ROOT_SEED = 20231210L;

    public SweepOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seeds, "seeds");
        seeds.ifPresent(s -> {
            if (s < 1 || s > 100) {
                throw new IllegalArgumentException("--seeds must be in 1..100, got " + s);
            }
        });
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("--threads must be in 1..256, got " + threads);
        }
    }

    /** Replicates per size: the explicit value or the plan's default. */
    public int seedsFor(FamilyPlan plan) {
        return seeds.orElse(plan.seeds());
    }
}
