package emergence.spark;

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
import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.TrainedModel;
import emergence.core.sweep.Trainer;
import emergence.core.sweep.TrainingDivergedException;
import emergence.core.tables.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A family whose "training" is a seeded computation, found by executors through {@code META-INF/services} like a
 * real experiment: its dataset is one file {@code x} holding {@value #CONTENT}; run {@code 02_s2_r1} diverges and, in
 * the {@code crashing} variant, run {@code 03_s3_r0} throws (a bug, on every attempt).
 */
public class FakeFamily implements Experiment<FakeFamily.Width, ClassificationOutputs> {
    static final String CONTENT = "fake data\n";
    static final String SHA256 = "78ad74cecb99d1023206bf2f7d9b11b28767fbb9369daa0afa5e4d062c7ce041";

    /** The fake family's size record. */
    public record Width(int width) {
    }

    @Override
    public ExperimentId id() {
        return new ExperimentId("spark-fake", "Fake family for the Spark engine", 0, 0);
    }

    @Override
    public DatasetSpec dataset() {
        return new DatasetSpec("spark-fake", List.of(new DataFile("x", SHA256)), Optional.empty());
    }

    @Override
    public FamilyPlan<Width> plan(Profile profile) {
        List<SizeSpec<Width>> sizes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sizes.add(new SizeSpec<>("s" + i, 1 + i, new ExampleFlops(1 + i), 10L * (i + 1), new Width(i + 1)));
        }
        return new FamilyPlan<>(sizes, 2, Map.of("lr", 0.1), new BudgetRule(BudgetRule.Kind.SAME_STEPS,
                "a fake family's: any"), 100);
    }

    /** Whether run {@code 03_s3_r0} throws. */
    boolean crashing() {
        return false;
    }

    @Override
    public Trainer<Width> trainer(VerifiedDataset data, Profile profile) {
        return (run, progress) -> {
            if (crashing() && run.dirName().equals("03_s3_r0")) {
                throw new IllegalStateException("simulated bug in " + run.dirName());
            }
            if (run.dirName().equals("02_s2_r1")) {
                throw new TrainingDivergedException("training loss became NaN at step 3");
            }
            SplittableRandom rng = new SplittableRandom(run.seed());
            int n = 100;
            float[] probs = new float[2 * n];
            for (int i = 0; i < n; i++) {
                boolean right = rng.nextDouble() < 0.5 + 0.1 * run.sizeIndex();
                probs[2 * i] = right ? 0.8f : 0.2f;
                probs[2 * i + 1] = 1 - probs[2 * i];
            }
            return new TrainedModel(10L * (run.sizeIndex() + 1), ClassificationOutputs.fromProbabilities(
                    IntStream.range(0, n).toArray(), new int[n], probs, 2).table(), Map.of("steps", 3));
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

    /** The same family, except that run {@code 03_s3_r0} fails on every attempt. */
    public static final class Crashing extends FakeFamily {
        @Override
        public ExperimentId id() {
            return new ExperimentId("spark-fake-crashing", "Fake family that crashes", 0, 0);
        }

        @Override
        boolean crashing() {
            return true;
        }
    }
}
