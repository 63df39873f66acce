package emergence.training.sweep;

import emergence.core.BadInputException;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Refinable;
import emergence.core.io.AtomicFiles;
import emergence.core.outputs.Provenance;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStatus;
import emergence.core.outputs.RunStore;
import emergence.core.outputs.StoreException;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.RunIdentity;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.SweepAudit;
import emergence.core.sweep.SweepOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every (size × replicate) job of an experiment's profile on an {@link Engine}: one task per group of a size's
 * replicates that train together ({@link FamilyPlan#together()}, {@link GroupTraining}), else one per run. Finished
 * runs are skipped, so an interrupted sweep resumes where it stopped; this runner is the store's only writer,
 * storing each run atomically as its result arrives; a diverged run is stored as failed with its reason and the
 * sweep goes on.
 *
 * @param <C> the family's size record
 */
public final class SweepRunner<C extends Record> {
    private static final Logger LOG = LoggerFactory.getLogger(SweepRunner.class);

    private final Experiment<C, ?> experiment;
    private final SweepOptions options;
    private final boolean terminal;
    private final Duration logEvery;
    /** What bin/lab refine added to the profile in the store, read once. */
    private final Refinement refinement;
    /** The profile's plan in the store, with that refinement. */
    private final FamilyPlan<C> plan;

    /** @throws IllegalArgumentException when the options name a size the profile does not have */
    public SweepRunner(Experiment<C, ?> experiment, SweepOptions options, boolean terminal, Duration logEvery) {
        this.experiment = experiment;
        this.options = options;
        this.terminal = terminal;
        this.logEvery = logEvery;
        this.refinement = Refinement.read(options.out(), experiment.name(), options.profile());
        this.plan = Refinable.plan(experiment, options.profile(), refinement);
        List<String> ids = plan.sizes().stream().map(SizeSpec::id).toList();
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
        return options.jobs(experiment.name(), plan);
    }

    /**
     * Trains what is not yet stored, in this JVM. The dataset must already be verified.
     *
     * @return the number of runs trained now (0 when everything was already done)
     */
    public int run(VerifiedDataset data) {
        try (Engine local = new LocalEngine()) {
            return run(data, local);
        }
    }

    /**
     * Trains what is not yet stored on the given engine, storing each run as it arrives. The dataset must already
     * be verified.
     *
     * @return the number of runs trained now (0 when everything was already done)
     */
    public int run(VerifiedDataset data, Engine engine) {
        RunStore store = new RunStore(options.profile().runsDir(options.out(), experiment.name()));
        engine.start();  // a refused engine leaves no trace: the store is not touched before it starts
        try (AutoCloseable lock = store.lock()) {
            return trainPending(store, data, engine);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot release the lock of " + store.dir(), e);
        }
    }

    /**
     * The jobs this runner would train now: those not stored, and the failed ones under {@code --retry-failed}.
     * Reads the store only (no lock, no dataset), so a caller can tell whether a dataset is needed at all.
     *
     * @throws StoreException when a stored run is not a run of the plan, or was trained with other threads or
     *                        another ND4J build
     */
    public List<RunSpec<C>> pending() {
        return pending(new ArrayList<>());
    }

    private List<RunSpec<C>> pending(List<Path> retried) {
        SweepAudit<C> audit = SweepAudit.of(experiment.name(), plan, experiment.dataset(), options);
        List<RunSpec<C>> pending = new ArrayList<>();
        for (RunSpec<C> job : jobs()) {
            var stored = audit.stored().stream().filter(r -> r.dir().getFileName().toString().equals(job.dirName()))
                    .findFirst();
            if (stored.isEmpty()) {
                pending.add(job);
                continue;
            }
            // The threads asked for (ND4J may report its own pool size), the native build selected.
            List<String> d = RunIdentity.environmentDifferences(stored.get().manifest(), Map.of("threads",
                    Integer.toString(options.threads()), "nd4j_artifact", Provenance.nd4jArtifact()));
            if (!d.isEmpty()) {
                throw new StoreException("Run " + stored.get().dir() + " was trained with " + String.join("; ", d)
                        + " (stored → now): resuming would mix runs of another configuration. Use --threads "
                        + stored.get().manifest().environment().get("threads") + " and the same ND4J build, or "
                        + "another --out.");
            }
            if (!stored.get().manifest().ok() && options.retryFailed()) {
                LOG.info("--retry-failed: training {} again (it failed: {})", job.dirName(),
                        stored.get().manifest().outcome().failure());
                retried.add(stored.get().dir());
                pending.add(job);
            }
        }
        return pending;
    }

    private int trainPending(RunStore store, VerifiedDataset data, Engine engine) {
        for (Path half : store.removeInterrupted()) {
            LOG.warn("removed {}: a run an interrupted sweep was writing (it is trained again)", half);
        }
        String commit = Provenance.gitCommit();
        List<Path> retried = new ArrayList<>();
        List<RunSpec<C>> pending = pending(retried);
        int total = jobs().size();
        LOG.info("{} ({} profile{}): {} runs, {} already stored in {}, {} to train", experiment.name(),
                options.profile().id(), options.sizes().isEmpty() ? "" : ", sizes " + String.join(",", options.sizes()),
                total, total - pending.size(), store.dir(), pending.size());
        if (pending.isEmpty()) {
            return 0;
        }
        options.requireCommitted(commit, "");
        for (Path failed : retried) {
            deleteRun(failed);
        }
        Map<String, RunSpec<C>> byName = new HashMap<>();
        pending.forEach(j -> byName.put(j.dirName(), j));
        // A task: the pending replicates of a size that train together (each run alone when the plan says 1).
        List<GroupTask> tasks = FamilyPlan.tasks(pending, plan.together()).stream()
                .map(g -> GroupTask.of(g, options.profile(), refinement)).toList();
        double totalCost = tasks.stream().mapToDouble(GroupTask::cost).sum();
        LOG.info("training on the {} engine", engine.describe());
        SweepJob<C> job = new SweepJob<>(experiment, options.profile(), refinement, data, options.dataDir(),
                options.threads());
        try (SweepProgress progress = new SweepProgress(experiment.name(), pending.size(), totalCost, terminal,
                logEvery)) {
            engine.train(job, tasks, new TaskSink() {
                @Override
                public void started(GroupTask task) {
                    progress.runStarted(task.label());
                }

                @Override
                public void within(GroupTask task, double fraction) {
                    progress.within(task.cost(), fraction);
                }

                @Override
                public void finished(GroupTask task, List<RunResult> results) {
                    for (RunResult result : results) {
                        store(byName.get(result.name()), result, plan, store, progress, commit, engine, data);
                    }
                }
            });
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

    /** Stores one run's result atomically (as failed, with its reason, when it diverged). */
    private void store(RunSpec<C> job, RunResult result, FamilyPlan<C> plan, RunStore store, SweepProgress progress,
                       String commit, Engine engine, VerifiedDataset data) {
        Map<String, String> environment = new TreeMap<>(result.environment());
        environment.put("git_commit", commit);  // the build that planned the sweep, wherever it trained
        environment.put("engine", engine.describe());
        if (!result.ok()) {
            store.write(job.dirName(), manifest(job, plan, RunStatus.FAILED, result.failure(), 0, result.seconds(),
                    Map.of(), environment, data), null);
            progress.runFinished(job.dirName(), job.size().cost(), "FAILED: " + result.failure());
            return;
        }
        if (result.params() != job.size().params()) {
            throw new IllegalStateException(job.dirName() + ": the trained network has " + result.params()
                    + " parameters but its family counts " + job.size().params() + " for size " + job.size().id()
                    + " (the family's parameter count and its network disagree)");
        }
        store.write(job.dirName(), manifest(job, plan, RunStatus.OK, null, result.params(), result.seconds(),
                result.details(), environment, data), result.outputs(), result.checkpoints(),
                job.size().flops().training());
        progress.runFinished(job.dirName(), job.size().cost(), String.format("%d params, %.1f s%s", result.params(),
                result.seconds(), result.together() > 1 ? " (share of " + result.together() + " trained together)"
                        : ""));
    }

    private RunManifest manifest(RunSpec<C> job, FamilyPlan<C> plan, RunStatus status, String failure, long params,
                                 double seconds, Map<String, Object> details, Map<String, String> environment,
                                 VerifiedDataset data) {
        return new RunManifest(RunManifest.SCHEMA, new RunManifest.Identity(experiment.name(), options.profile().id(),
                job.size().id(), job.sizeIndex(), job.replicate(), job.seed(), options.rootSeed(), params,
                RunIdentity.configMap(job.size()), plan.budget(), data.checksums()), environment,
                new RunManifest.Outcome(status, failure, seconds, details, Instant.now().toString(), null, List.of()));
    }
}
