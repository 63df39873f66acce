package emergence.core.sweep;

import emergence.core.BadInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * @param sizes    ids of the sizes to train (empty: every size of the profile), e.g. to learn the largest
 *                 member's result first; each run keeps the seed and index it has in the whole family
 * @param retryFailed whether runs stored as failed (diverged) are trained again
 * @param allowDirty  whether paper runs may be trained from a working tree with uncommitted changes
 */
public record SweepOptions(Profile profile, Optional<Integer> seeds, long rootSeed, int threads, Path out,
                           Optional<Path> dataDir, boolean download, List<String> sizes, boolean retryFailed,
                           boolean allowDirty) {
    public static final long DEFAULT_ROOT_SEED = 20231210L;

    public SweepOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seeds, "seeds");
        sizes = List.copyOf(sizes);
        seeds.ifPresent(s -> {
            if (s < 1 || s > 100) {
                throw new BadInputException("--seeds must be in 1..100, got " + s);
            }
        });
        if (threads < 1 || threads > 256) {
            throw new BadInputException("--threads must be in 1..256, got " + threads);
        }
    }

    /** The same options for every size of the profile, failed runs kept as they are. */
    public SweepOptions(Profile profile, Optional<Integer> seeds, long rootSeed, int threads, Path out,
                        Optional<Path> dataDir, boolean download) {
        this(profile, seeds, rootSeed, threads, out, dataDir, download, List.of(), false, false);
    }

    /** These options restricted to the given size ids (empty: every size). */
    public SweepOptions withSizes(List<String> ids) {
        return new SweepOptions(profile, seeds, rootSeed, threads, out, dataDir, download, ids, retryFailed,
                allowDirty);
    }

    /** These options with the training policies: retrain failed runs; train paper runs from a dirty tree. */
    public SweepOptions withPolicies(boolean retry, boolean dirty) {
        return new SweepOptions(profile, seeds, rootSeed, threads, out, dataDir, download, sizes, retry, dirty);
    }

    /**
     * The jobs of an experiment's sweep under these options (of the sizes they name, if any), smallest size first,
     * replicates of one size together, each with its derived seed.
     */
    public <C extends Record> List<RunSpec<C>> jobs(String experiment, FamilyPlan<C> plan) {
        List<RunSpec<C>> jobs = new ArrayList<>();
        for (int i = 0; i < plan.sizes().size(); i++) {
            SizeSpec<C> size = plan.sizes().get(i);
            if (!sizes.isEmpty() && !sizes.contains(size.id())) {
                continue;
            }
            for (int r = 0; r < replicates(plan, size); r++) {
                jobs.add(new RunSpec<>(experiment, size, i, r, Seeds.derive(rootSeed, experiment, size.id(), r)));
            }
        }
        return jobs;
    }

    /**
     * Refuses to train paper runs from a working tree with uncommitted changes unless {@code allowDirty}.
     *
     * @param commit the tree's commit ({@code -dirty} when tracked files differ)
     * @param what   what was not done, appended to the message (e.g. {@code ", so the plan was not recorded"})
     * @throws BadInputException naming the commit and the two ways out
     */
    public void requireCommitted(String commit, String what) {
        if (profile == Profile.PAPER && !allowDirty && commit.endsWith("-dirty")) {
            throw new BadInputException("The working tree has uncommitted changes (" + commit + "): paper runs are "
                    + "reference results and are trained from committed code" + what + ". Commit first, or pass "
                    + "--allow-dirty.");
        }
    }

    /** Replicates per size: the explicit value or the plan's default. */
    public int seedsFor(FamilyPlan<?> plan) {
        return seeds.orElse(plan.seeds());
    }

    /** Replicates of one size: {@link #seedsFor}, or the plan's own number for that size where it is larger. */
    public <C extends Record> int replicates(FamilyPlan<C> plan, SizeSpec<C> size) {
        return Math.max(seedsFor(plan), plan.seedsOf(size));
    }
}
