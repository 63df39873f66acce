package emergence.teacher;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Prediction;
import emergence.core.experiment.ResolutionStudy;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Metric;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.outputs.OutputKind;
import emergence.core.subsets.SubsetFigures;
import emergence.core.subsets.SubsetScoring;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Summary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * §5's construction on generated data, small enough to train live in a lecture: a family of one-hidden-layer MLP
 * students ({@link StudentFamily}) imitating a fixed random teacher ({@link TeacherTask}), scored by per-point
 * accuracy (smooth) and K-of-K subset accuracy (sharp) on the same stored predictions ({@link SubsetScoring}). Its
 * quick family (12 students, about 15 s here) is the one {@code bin/lab demo} trains.
 */
public final class TeacherStudent implements Experiment<StudentSize, ClassificationOutputs> {
    public static final String NAME = "teacher-student";
    /** The points are drawn from a seed: no files. */
    static final DatasetSpec SPEC = DatasetSpec.generated(NAME);
    private static final SubsetScoring SCORING = new SubsetScoring(29L);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "MLP students of a random teacher";
    }

    /** After the paper's experiments: §5's construction on data the lab generates. */
    @Override
    public double order() {
        return 6.0;
    }

    @Override
    public DatasetSpec dataset() {
        return SPEC;
    }

    @Override
    public FamilyPlan<StudentSize> plan(Profile profile) {
        return StudentFamily.plan(profile);
    }

    @Override
    public Trainer<StudentSize> trainer(VerifiedDataset data, Profile profile) {
        return new StudentTrainer(TeacherTask.draw(StudentFamily.BUDGET.trainExamples()), StudentFamily.BUDGET);
    }

    @Override
    public OutputKind<ClassificationOutputs> outputs() {
        return ClassificationOutputs.KIND;
    }

    @Override
    public List<Metric<ClassificationOutputs>> metrics() {
        return SCORING.metrics();
    }

    /** Its quick family needs no download and trains in seconds: {@code bin/lab demo}'s. */
    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public Optional<Explorer<ClassificationOutputs>> explorer() {
        return Optional.of(SCORING.explorer());
    }

    @Override
    public FigureSet figures() {
        return new SubsetFigures(title(), "student", "test points", TeacherTask.TEST);
    }

    @Override
    public ResolutionStudy<ClassificationOutputs> resolution() {
        return SCORING.resolution();
    }

    @Override
    public List<Prediction> predictions() {
        return SCORING.predictions();
    }

    @Override
    public List<Contrast> contrasts() {
        return SCORING.contrasts();
    }

    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        return SCORING.referenceTables(summary, scores);
    }
}
