package emergence.teacher;

import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiment;
import emergence.core.experiment.ExperimentId;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.experiment.Findings;
import emergence.core.experiment.LiveDemo;
import emergence.core.experiment.ReferenceTables;
import emergence.core.experiment.Scoring;
import emergence.core.figures.FigureSet;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.subsets.SubsetFigures;
import emergence.core.subsets.SubsetScoring;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Trainer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.Sampling;
import emergence.core.tables.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * §5's construction on generated data, small enough to train live in a lecture: a family of one-hidden-layer MLP
 * students ({@link StudentFamily}) imitating a fixed random teacher ({@link TeacherTask}), scored by per-point
 * accuracy (smooth) and K-of-K subset accuracy (sharp) on the same stored predictions ({@link SubsetScoring}). Its
 * quick family (12 students, about 15 s here) is the one {@code bin/lab demo} trains.
 */
public final class TeacherStudent implements Experiment<StudentSize, ClassificationOutputs>,
        Explorable<ClassificationOutputs>, ReferenceTables, LiveDemo, Findings {
    public static final String NAME = "teacher-student";
    /** After the paper's experiments: §5's construction on data the lab generates. */
    public static final ExperimentId ID = new ExperimentId(NAME, "MLP students of a random teacher", 6, 1);
    /** The points are drawn from a seed: no files. */
    static final DatasetSpec SPEC = DatasetSpec.generated(NAME);
    private static final SubsetScoring SCORING = new SubsetScoring(29L);

    @Override
    public ExperimentId id() {
        return ID;
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
        return new StudentTrainer(TeacherTask.draw(StudentFamily.BUDGET.trainExamples()), StudentFamily.BUDGET)
                .checkpointed();
    }

    @Override
    public Explorer<ClassificationOutputs> explorer() {
        return SCORING.explorer();
    }

    @Override
    public Scoring<ClassificationOutputs> scoring() {
        return SCORING.scoring();
    }

    @Override
    public FigureSet figures() {
        return new SubsetFigures(ID.title(), "student", "test points", TeacherTask.TEST);
    }

    /**
     * {@code reference} and {@code scores} as LeNet's; {@code widths}: the contrast's two rises, in decades, with
     * the fitted widths' intervals over seeds and which is narrower, or that this resolution cannot tell.
     */
    @Override
    public Map<String, String> referenceTables(Summary summary, EmergenceTable scores) {
        Map<String, String> tables = new LinkedHashMap<>(SCORING.referenceTables(summary, scores));
        tables.put("widths", widths(scores));
        return tables;
    }

    /** The two rises, as the docs quote them. */
    @Override
    public List<String> findings(Summary summary, EmergenceTable scores) {
        return List.of(widths(scores).strip());
    }

    /** The sentence on the contrast's two rises: both widths, their intervals, and which is narrower if they tell. */
    static String widths(EmergenceTable scores) {
        Contrast c = SubsetScoring.contrasts().get(0);
        EmergenceTable.Row smooth = scores.row(c.smooth(), Sampling.DENSE);
        EmergenceTable.Row sharp = scores.row(c.sharp(), Sampling.DENSE);
        String verdict;
        if (sharp.width().high() < smooth.width().low()) {
            verdict = "the sharp rise is narrower: the intervals are disjoint";
        } else if (sharp.width().low() > smooth.width().high()) {
            verdict = "the sharp rise is wider, not narrower: the intervals are disjoint";
        } else {
            verdict = "the intervals overlap: which rise is narrower is undecided at this resolution";
        }
        return String.format(Locale.ROOT, "Accuracy rises from 10%% to 90%% of its range over %.2f "
                + "decades of parameters (fitted logistic: %.2f, 95%% interval %.2f–%.2f over seeds); %s-of-%s subset "
                + "accuracy over %.2f decades (fitted: %.2f, %.2f–%.2f): %s.\n", smooth.transition(),
                smooth.width().value(), smooth.width().low(), smooth.width().high(), c.sharp().arg(), c.sharp().arg(),
                sharp.transition(), sharp.width().value(), sharp.width().low(), sharp.width().high(), verdict);
    }
}
