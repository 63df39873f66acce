package emergence.training.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.data.DataFile;
import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.experiment.Scoring;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.RunManifest;
import emergence.core.outputs.RunStatus;
import emergence.core.outputs.RunStore;
import emergence.core.outputs.StoreException;
import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.RunSpec;
import emergence.core.sweep.Seeds;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.SweepOptions;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.core.sweep.TrainingDivergedException;
import emergence.core.tables.LoadedRun;
import emergence.core.tables.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep runner with a fake experiment whose "training" is a seeded computation. */
class SweepRunnerTest {
    @TempDir
    Path out;

    /** Accuracy grows with size; a run can be told to diverge or to crash the process (simulated). */
    static final class FakeExperiment implements Experiment<FakeExperiment.Width, ClassificationOutputs> {
        /** The fake family's size record. */
        record Width(int width) {
        }

        final List<String> trained = new ArrayList<>();
        String divergeOn = "";
        String crashOn = "";
        double lr = 0.1;
        /** Multiplies every member's width: a changed architecture under the same size ids. */
        int widthScale = 1;
        /** Whether the trainer trains two replicates together (diverging together if one does). */
        boolean together;

        @Override
        public ExperimentId id() {
            return new ExperimentId("fake", "Fake", 0, 0);
        }

        @Override
        public DatasetSpec dataset() {
            return new DatasetSpec("fake", List.of(new DataFile("x", "0".repeat(64))), Optional.empty());
        }

        @Override
        public FamilyPlan<Width> plan(Profile profile) {
            List<SizeSpec<Width>> sizes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sizes.add(new SizeSpec<>("s" + i, 1 + i, new ExampleFlops(1 + i), 10L * (i + 1),
                        new Width((i + 1) * widthScale)));
            }
            return new FamilyPlan<>(sizes, 2, Map.of("lr", lr), new BudgetRule(BudgetRule.Kind.SAME_STEPS,
                    "a test family's: any"), 100, together ? 2 : 1);
        }

        @Override
        public Trainer<Width> trainer(VerifiedDataset data, Profile profile) {
            Trainer<Width> alone = alone();
            return !together ? alone : new Trainer<>() {
                @Override
                public TrainedModel train(RunSpec<Width> run, ProgressListener progress) {
                    return alone.train(run, progress);
                }

                @Override
                public List<TrainedModel> trainTogether(List<RunSpec<Width>> runs, ProgressListener progress) {
                    if (runs.size() > 1 && runs.stream().anyMatch(r -> r.dirName().equals(divergeOn))) {
                        throw new TrainingDivergedException("a member's loss became NaN");
                    }
                    return Trainer.super.trainTogether(runs, progress);
                }
            };
        }

        private Trainer<Width> alone() {
            return (run, progress) -> {
                if (run.dirName().equals(crashOn)) {
                    throw new OutOfMemoryError("simulated crash in " + run.dirName());
                }
                if (run.dirName().equals(divergeOn)) {
                    throw new TrainingDivergedException("training loss became NaN at step 3");
                }
                trained.add(run.dirName());
                progress.fractionDone(1);
                SplittableRandom rng = new SplittableRandom(run.seed());
                int n = 100;
                int[] labels = new int[n];
                float[] probs = new float[2 * n];
                double acc = 0.5 + 0.1 * run.sizeIndex();
                for (int i = 0; i < n; i++) {
                    boolean right = rng.nextDouble() < acc;
                    probs[2 * i] = right ? 0.8f : 0.2f;
                    probs[2 * i + 1] = 1 - probs[2 * i];
                }
                int[] idx = java.util.stream.IntStream.range(0, n).toArray();
                return new TrainedModel(10L * (run.sizeIndex() + 1),
                        ClassificationOutputs.fromProbabilities(idx, labels, probs, 2).table(), Map.of());
            };
        }

        @Override
        public Scoring<ClassificationOutputs> scoring() {
            return new Scoring<>(ClassificationOutputs.KIND, List.of(new Accuracy()),
                    new ResolutionStudy<>("right", 1, ClassificationOutputs::correct), List.of(), List.of());
        }

        @Override
        public FigureSet figures() {
            return new FigureSet() {
                @Override
                public List<Path> render(Summary summary, Path dir) {
                    return List.of();
                }

                @Override
                public Map<String, String> captions() {
                    return Map.of();
                }
            };
        }
    }

    private static VerifiedDataset data() {
        return new VerifiedDataset(new FakeExperiment().dataset(), Path.of("."), Map.of("x", "0".repeat(64)));
    }

    private SweepRunner<FakeExperiment.Width> runner(FakeExperiment e, Path root) {
        return new SweepRunner<>(e, new SweepOptions(Profile.QUICK, Optional.empty(), 7, 2, root, Optional.empty(),
                false), false, Duration.ofHours(1));
    }

    private static List<String> summaryLines(FakeExperiment e, Path root) {
        var runs = new RunStore(Profile.QUICK.runsDir(root, "fake")).list();
        Summary s = Summary.score(LoadedRun.load(runs, e.scoring().outputs()), e.scoring().metrics());
        return s.rows().stream().map(r -> r.size() + "," + r.seed() + "," + r.value()).toList();
    }

    @Test
    void aGroupThatDivergesIsRetrainedRunByRunSoOnlyTheBadRunFails() {
        FakeExperiment e = new FakeExperiment();
        e.together = true;
        e.divergeOn = "01_s1_r1";
        assertEquals(8, runner(e, out).run(data()));
        RunStore store = new RunStore(Profile.QUICK.runsDir(out, "fake"));
        assertTrue(store.find("01_s1_r0").orElseThrow().manifest().ok());
        assertFalse(store.find("01_s1_r1").orElseThrow().manifest().ok());
        assertEquals(7, store.list().stream().filter(r -> r.manifest().ok()).count());
    }

    @Test
    void consecutiveReplicatesOfOneSizeAreGroupedUpToTheTrainersLimit() {
        SizeSpec<FakeExperiment.Width> a = new SizeSpec<>("a", 1, new ExampleFlops(1), 10, new FakeExperiment.Width(1));
        SizeSpec<FakeExperiment.Width> b = new SizeSpec<>("b", 2, new ExampleFlops(2), 20, new FakeExperiment.Width(2));
        List<RunSpec<FakeExperiment.Width>> pending = List.of(new RunSpec<>("x", a, 0, 0, 1),
                new RunSpec<>("x", a, 0, 1, 2), new RunSpec<>("x", a, 0, 2, 3), new RunSpec<>("x", b, 1, 0, 4),
                new RunSpec<>("x", b, 1, 2, 5));
        List<List<RunSpec<FakeExperiment.Width>>> groups = FamilyPlan.tasks(pending, 2);
        assertEquals(List.of(2, 1, 2), groups.stream().map(List::size).toList());
        assertEquals("b", groups.get(2).get(1).size().id());
        assertEquals(5, FamilyPlan.tasks(pending, 1).size());
    }

    @Test
    void seedsAreDerivedPerRunAndStable() {
        long a = Seeds.derive(7, "fake", "s1", 0);
        assertEquals(a, Seeds.derive(7, "fake", "s1", 0));
        assertNotEquals(a, Seeds.derive(7, "fake", "s1", 1));
        assertNotEquals(a, Seeds.derive(7, "fake", "s2", 0));
        assertNotEquals(a, Seeds.derive(8, "fake", "s1", 0));
        assertTrue(a >= 0);
    }

    @Test
    void interruptedSweepResumesAndEndsWithTheSameSummaryAsAnUninterruptedOne() {
        FakeExperiment straight = new FakeExperiment();
        runner(straight, out.resolve("straight")).run(data());
        assertEquals(8, straight.trained.size());

        FakeExperiment crashing = new FakeExperiment();
        crashing.crashOn = "02_s2_r0";
        Path resumed = out.resolve("resumed");
        assertThrows(OutOfMemoryError.class, () -> runner(crashing, resumed).run(data()));
        assertEquals(4, crashing.trained.size(), "runs before the crash");

        FakeExperiment again = new FakeExperiment();
        assertEquals(4, runner(again, resumed).run(data()));
        assertEquals(List.of("02_s2_r0", "02_s2_r1", "03_s3_r0", "03_s3_r1"), again.trained);
        assertEquals(summaryLines(straight, out.resolve("straight")), summaryLines(again, resumed));
        assertEquals(0, runner(new FakeExperiment(), resumed).run(data()), "a finished sweep trains nothing");
    }

    @Test
    void namedSizesTrainFirstWithTheSeedsAndIndicesOfTheWholeFamily() {
        FakeExperiment first = new FakeExperiment();
        SweepOptions all = new SweepOptions(Profile.QUICK, Optional.empty(), 7, 2, out, Optional.empty(), false);
        assertEquals(2, new SweepRunner<>(first, all.withSizes(List.of("s3")), false, Duration.ofHours(1)).run(data()));
        assertEquals(List.of("03_s3_r0", "03_s3_r1"), first.trained);
        RunManifest m = new RunStore(Profile.QUICK.runsDir(out, "fake")).find("03_s3_r1")
                .orElseThrow().manifest();
        assertEquals(Seeds.derive(7, "fake", "s3", 1), m.identity().seed());
        assertEquals(3, m.identity().sizeIndex());

        FakeExperiment rest = new FakeExperiment();
        assertEquals(6, runner(rest, out).run(data()));
        assertFalse(rest.trained.contains("03_s3_r0"));
        FakeExperiment straight = new FakeExperiment();
        runner(straight, out.resolve("straight")).run(data());
        assertEquals(summaryLines(straight, out.resolve("straight")), summaryLines(rest, out));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SweepRunner<>(first, all.withSizes(List.of("s9")), false, Duration.ofHours(1)));
        assertTrue(e.getMessage().contains("no size 's9'") && e.getMessage().contains("s0, s1, s2, s3"),
                e.getMessage());
    }

    @Test
    void leftoverTemporaryFoldersOfTheStoreAreRemovedOthersKeptAndNeitherCountsAsARun() throws IOException {
        Path runs = Profile.QUICK.runsDir(out, "fake");
        Path leftover = Files.createDirectories(runs.resolve(".tmp-00_s0_r0-123-1"));
        Files.writeString(leftover.resolve("outputs.csv.gz"), "partial");
        Files.createFile(leftover.resolve(".written-by-emergence-lab"));
        Path foreign = Files.createDirectories(runs.resolve(".tmp-notes"));
        Files.writeString(foreign.resolve("important.txt"), "x");
        FakeExperiment e = new FakeExperiment();
        runner(e, out).run(data());
        assertFalse(Files.exists(leftover));
        assertEquals("x", Files.readString(foreign.resolve("important.txt")), "a folder the lab did not write stays");
        assertEquals(8, e.trained.size());
    }

    @Test
    void divergedRunIsStoredAsFailedWithItsReasonAndTheSweepGoesOn() {
        FakeExperiment e = new FakeExperiment();
        e.divergeOn = "01_s1_r1";
        runner(e, out).run(data());
        assertEquals(7, e.trained.size());
        RunManifest m = new RunStore(Profile.QUICK.runsDir(out, "fake")).find("01_s1_r1")
                .orElseThrow().manifest();
        assertEquals(RunStatus.FAILED, m.outcome().status());
        assertTrue(m.outcome().failure().contains("NaN"));
        assertEquals(7, summaryLines(e, out).size(), "failed runs are left out of the summary");
    }

    @Test
    void storedRunsOfAnotherBudgetAreNotSilentlyReused() {
        runner(new FakeExperiment(), out).run(data());
        FakeExperiment changed = new FakeExperiment();
        changed.lr = 0.5;
        StoreException e = assertThrows(StoreException.class, () -> runner(changed, out).run(data()));
        assertTrue(e.getMessage().contains("another configuration") && e.getMessage().contains("budget {lr=0.1} → "
                + "{lr=0.5}"), e.getMessage());
    }

    @Test
    void storedRunsOfAnotherArchitectureUnderTheSameSizeIdAreNotSilentlyReused() {
        runner(new FakeExperiment(), out).run(data());
        FakeExperiment wider = new FakeExperiment();
        wider.widthScale = 2;
        StoreException e = assertThrows(StoreException.class, () -> runner(wider, out).run(data()));
        assertTrue(e.getMessage().contains("size {width=1} → {width=2}"), e.getMessage());
    }

    @Test
    void resumingOnAnotherNativeBuildIsRefused() throws IOException {
        runner(new FakeExperiment(), out).run(data());
        Path manifest = Profile.QUICK.runsDir(out, "fake").resolve("00_s0_r0").resolve(RunStore.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"nd4j_artifact\" : \"[^\"]*\"",
                "\"nd4j_artifact\" : \"nd4j-cuda-11.6:linux-x86_64\""));
        StoreException e = assertThrows(StoreException.class, () -> runner(new FakeExperiment(), out).run(data()));
        assertTrue(e.getMessage().contains("environment.nd4j_artifact nd4j-cuda-11.6:linux-x86_64 → "),
                e.getMessage());
    }

    @Test
    void failedRunsStayFailedUnlessRetried() {
        FakeExperiment e = new FakeExperiment();
        e.divergeOn = "01_s1_r1";
        runner(e, out).run(data());
        assertEquals(0, runner(new FakeExperiment(), out).run(data()), "a failed run counts as stored");
        SweepOptions retry = new SweepOptions(Profile.QUICK, Optional.empty(), 7, 2, out, Optional.empty(), false)
                .withPolicies(true, false);
        FakeExperiment again = new FakeExperiment();
        assertEquals(1, new SweepRunner<>(again, retry, false, Duration.ofHours(1)).run(data()));
        assertEquals(List.of("01_s1_r1"), again.trained);
        assertTrue(new RunStore(Profile.QUICK.runsDir(out, "fake")).find("01_s1_r1").orElseThrow().manifest().ok());
    }

    @Test
    void manifestRecordsSeedsBudgetDataAndEnvironment() {
        runner(new FakeExperiment(), out).run(data());
        RunManifest m = new RunStore(Profile.QUICK.runsDir(out, "fake")).find("03_s3_r1")
                .orElseThrow().manifest();
        assertEquals(Seeds.derive(7, "fake", "s3", 1), m.identity().seed());
        assertEquals(7, m.identity().rootSeed());
        assertEquals(40, m.identity().params());
        assertEquals(Map.of("width", 4), m.identity().size(), "the size record, whole");
        assertEquals(RunManifest.SCHEMA, m.schemaVersion());
        assertEquals(64, m.outcome().outputsSha256().length());
        assertEquals(0.1, ((Number) m.identity().budget().get("lr")).doubleValue());
        assertEquals("0".repeat(64), m.identity().data().get("x"));
        assertEquals("2", m.environment().get("threads"));
        assertTrue(m.environment().containsKey("git_commit") && m.environment().containsKey("nd4j_artifact"));
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new SweepOptions(Profile.QUICK, Optional.of(0), 1, 2, out,
                Optional.empty(), false));
        assertThrows(IllegalArgumentException.class, () -> new SweepOptions(Profile.QUICK, Optional.empty(), 1, 0,
                out, Optional.empty(), false));
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("fast"));
        assertThrows(IllegalArgumentException.class, () -> new SizeSpec<>("a/b", 1, new ExampleFlops(1), 10,
                new FakeExperiment.Width(1)));
    }
}
