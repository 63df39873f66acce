package emergence.training.sweep;

import emergence.core.BadInputException;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.io.AtomicFiles;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStore;
import emergence.core.outputs.StoreException;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.RunIdentity;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.core.sweep.TrainingDivergedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every (size × replicate) job of an experiment's profile, smallest size first; the replicates of one
 * size train together when the trainer can ({@link Trainer#maxTogether()}). Finished runs are skipped, so an
 * interrupted sweep resumes where it stopped; each run is stored atomically; a diverged run is stored as
 * failed with its reason and the sweep goes on (a group that diverges is retrained run by run first).
 *
 * @param <C> the family's size record
 */
public final class SweepRunner<C extends Record> {
    private static final Logger LOG = LoggerFactory.getLogger(SweepRunner.class);

    private final Experiment<C, ?> experiment;
    private final SweepOptions options;
    private final boolean terminal;
    private final Duration logEvery;

    /** @throws IllegalArgumentException when the options name a size the profile does not have */
    public SweepRunner(Experiment<C, ?> experiment, SweepOptions options, boolean terminal, Duration logEvery) {
        this.experiment = experiment;
        this.options = options;
        this.terminal = terminal;
        this.logEvery = logEvery;
        List<String> ids = experiment.plan(options.profile()).sizes().stream().map(SizeSpec::id).toList();
        for (String id : options.sizes()) {
            if (!ids.contains(id)) {
                throw new BadInputException("--sizes: " + experiment.name() + " has no size '" + id
                        + "' in its " + options.profile().id() + " profile; its sizes are " + String.join(", ", ids)
                        + ".");
            }
        }
    }

    /**
     * The jobs of the sweep (of the sizes the options name, if any), smallest size first, replicates of one size
     * together.
     */
    public List<RunSpec<C>> jobs() {
        return options.jobs(experiment.name(), experiment.plan(options.profile()));
    }

    /**
     * Trains what is not yet stored. The dataset must already be verified.
     *
     * @return the number of runs trained now (0 when everything was already done)
     */
    public int run(VerifiedDataset data) {
        NativeEnvironment.pinThreads(options.threads());
        FamilyPlan<C> plan = experiment.plan(options.profile());
        RunStore store = new RunStore(options.profile().runsDir(options.out(), experiment.name()));
        try (AutoCloseable lock = store.lock()) {
            return trainPending(plan, store, data);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot release the lock of " + store.dir(), e);
        }
    }

    private int trainPending(FamilyPlan<C> plan, RunStore store, VerifiedDataset data) {
        for (Path orphan : store.removeUnfinished()) {
            LOG.warn("removed {}: a run folder without a manifest (its training never finished); training it again",
                    orphan);
        }
        Map<String, String> environment = NativeEnvironment.facts();
        SweepAudit<C> audit = SweepAudit.of(experiment.name(), plan, options);
        List<RunSpec<C>> jobs = jobs();
        List<RunSpec<C>> pending = new ArrayList<>();
        List<Path> retried = new ArrayList<>();
        for (RunSpec<C> job : jobs) {
            var stored = audit.stored().stream().filter(r -> r.dir().getFileName().toString().equals(job.dirName()))
                    .findFirst();
            if (stored.isEmpty()) {
                pending.add(job);
                continue;
            }
            // The threads asked for (ND4J may report its own pool size), the native build loaded.
            List<String> d = RunIdentity.environmentDifferences(stored.get().manifest(), Map.of("threads",
                    Integer.toString(options.threads()), "nd4j_artifact", environment.get("nd4j_artifact")));
            if (!d.isEmpty()) {
                throw new StoreException("Run " + stored.get().dir() + " was trained with " + String.join("; ", d)
                        + " (stored → now): resuming would mix runs of another configuration. Use --threads "
                        + stored.get().manifest().environment().get("threads") + " and the same ND4J build, or "
                        + "another --out.");
            }
            if (!stored.get().manifest().ok() && options.retryFailed()) {
                LOG.info("--retry-failed: training {} again (it failed: {})", job.dirName(),
                        stored.get().manifest().failure());
                retried.add(stored.get().dir());
                pending.add(job);
            }
        }
        int total = jobs.size();
        LOG.info("{} ({} profile{}): {} runs, {} already stored in {}, {} to train", experiment.name(),
                options.profile().id(), options.sizes().isEmpty() ? "" : ", sizes " + String.join(",", options.sizes()),
                total, total - pending.size(), store.dir(), pending.size());
        if (pending.isEmpty()) {
            return 0;
        }
        String commit = environment.get("git_commit");
        if (options.profile() == Profile.PAPER && !options.allowDirty() && commit.endsWith("-dirty")) {
            throw new BadInputException("The working tree has uncommitted changes (" + commit + "): paper runs are "
                    + "reference results and are trained from committed code. Commit first, or pass --allow-dirty.");
        }
        for (Path failed : retried) {
            deleteRun(failed);
        }
        Trainer<C> trainer = experiment.trainer(data, options.profile());
        double totalCost = pending.stream().mapToDouble(j -> j.size().cost()).sum();
        try (SweepProgress progress = new SweepProgress(experiment.name(), pending.size(), totalCost, terminal,
                logEvery)) {
            for (List<RunSpec<C>> group : groups(pending, trainer.maxTogether())) {
                if (!trainTogether(group, trainer, plan, store, progress, environment, data)) {
                    LOG.warn("training {} runs of {} together diverged; training them one by one", group.size(),
                            group.get(0).size().id());
                    for (RunSpec<C> job : group) {
                        trainTogether(List.of(job), trainer, plan, store, progress, environment, data);
                    }
                }
            }
        }
        return pending.size();
    }

    private static void deleteRun(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Consecutive pending runs of one size, at most {@code max} per group. */
    static <C extends Record> List<List<RunSpec<C>>> groups(List<RunSpec<C>> pending, int max) {
        List<List<RunSpec<C>>> groups = new ArrayList<>();
        for (RunSpec<C> job : pending) {
            List<RunSpec<C>> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.size() < max && last.get(0).size().id().equals(job.size().id())) {
                last.add(job);
            } else {
                groups.add(new ArrayList<>(List.of(job)));
            }
        }
        return groups;
    }

    /**
     * Trains one group and stores each of its runs. A single run that diverges is stored as failed.
     *
     * @return false when a group of several diverged (nothing stored; the caller retrains them one by one)
     */
    private boolean trainTogether(List<RunSpec<C>> group, Trainer<C> trainer, FamilyPlan<C> plan, RunStore store,
                                  SweepProgress progress, Map<String, String> environment, VerifiedDataset data) {
        String names = group.get(0).dirName() + (group.size() > 1 ? " +" + (group.size() - 1) + " replicates" : "");
        double cost = group.stream().mapToDouble(j -> j.size().cost()).sum();
        progress.runStarted(names);
        long start = System.nanoTime();
        List<TrainedModel> models;
        try {
            models = trainer.trainTogether(group, f -> progress.within(cost, f));
        } catch (TrainingDivergedException e) {
            if (group.size() > 1) {
                return false;
            }
            RunSpec<C> job = group.get(0);
            store.write(job.dirName(), manifest(job, plan, RunManifest.FAILED, e.getMessage(), 0, seconds(start),
                    Map.of(), environment, data), null);
            LOG.warn("run {} failed: {}", job.dirName(), e.getMessage());
            progress.runFinished(job.dirName(), job.size().cost(), "FAILED: " + e.getMessage());
            return true;
        }
        double each = seconds(start) / group.size();
        for (int i = 0; i < group.size(); i++) {
            RunSpec<C> job = group.get(i);
            TrainedModel model = models.get(i);
            RunManifest manifest = manifest(job, plan, RunManifest.OK, null, model.params(), each, model.details(),
                    environment, data);
            store.write(job.dirName(), manifest, model.outputs());
            progress.runFinished(job.dirName(), job.size().cost(), String.format("%d params, %.1f s%s",
                    model.params(), each, group.size() > 1 ? " (share of " + group.size() + " trained together)" : ""));
        }
        return true;
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }

    private RunManifest manifest(RunSpec<C> job, FamilyPlan<C> plan, String status, String failure, long params,
                                 double seconds, Map<String, Object> details, Map<String, String> environment,
                                 VerifiedDataset data) {
        return new RunManifest(experiment.name(), options.profile().id(), job.size().id(), job.sizeIndex(),
                job.replicate(), job.seed(), options.rootSeed(), status, failure, params, seconds,
                RunIdentity.configMap(job.size()), plan.budget(), details, environment, data.checksums(),
                Instant.now().toString(), RunManifest.SCHEMA, null);
    }
}
