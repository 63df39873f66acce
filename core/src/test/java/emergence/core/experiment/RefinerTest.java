package emergence.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.BadInputException;
import emergence.core.data.DatasetSpec;
import emergence.core.data.VerifiedDataset;
import emergence.core.figures.FigureSet;
import emergence.core.metrics.Accuracy;
import emergence.core.metrics.MetricKey;
import emergence.core.metrics.SubsetAccuracy;
import emergence.core.outputs.ClassificationOutputs;
import emergence.core.sweep.BudgetRule;
import emergence.core.sweep.ExampleFlops;
import emergence.core.sweep.FamilyPlan;
import emergence.core.sweep.Profile;
import emergence.core.sweep.Refinement;
import emergence.core.sweep.SizeSpec;
import emergence.core.sweep.Trainer;
import emergence.core.tables.Summary;
import emergence.core.tables.SummaryRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The refinement planner on a family of widths 1, 2, 4, … 64 (100 parameters a unit of width; any integer width in
 * between can be added) with stored curves written by hand: the span of each rise, the sizes added across it, the
 * seeds raised there and where seeds spread.
 */
class RefinerTest {
    /** A width; {@code 100 × width} parameters. */
    record Width(int w) {
    }

    private static final List<Integer> WIDTHS = List.of(1, 2, 4, 8, 16, 32, 64);
    private static final MetricKey SMOOTH = MetricKey.of(Accuracy.NAME);
    private static final MetricKey SHARP = MetricKey.of(SubsetAccuracy.NAME, 5);

    @Test
    void sizesAreAddedAcrossEachRiseAndSeedsRaisedThereAndWhereTheySpread() {
        // Accuracy rises from w4 to w16; subset accuracy from w8 to w16; at w32 the seeds of accuracy disagree.
        Summary summary = summary(Map.of(
                SMOOTH, new double[][] {{0.1, 0.1}, {0.1, 0.1}, {0.1, 0.1}, {0.5, 0.5}, {0.9, 0.9}, {0.5, 0.9},
                        {0.9, 0.9}},
                SHARP, new double[][] {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}, {1, 1}}));
        Refiner.Plan plan = Refiner.plan(new Family(), Profile.PAPER, new Family().plan(Profile.PAPER), summary,
                Refiner.Settings.DEFAULT);

        assertEquals(List.of("w4 … w16", "w8 … w16"), plan.transitions().stream().map(t -> t.lower() + " … "
                + t.upper()).toList());
        // 0.30 decades from w4 to w8 and from w8 to w16: the fewest widths that leave no gap over 0.1 decade, each
        // the widest within 0.1 of the last (w5 at 500 from 400; w10 at 1000 from 800).
        List<String> added = plan.changes().stream().filter(Refiner.Change::added).map(Refiner.Change::size).toList();
        assertEquals(List.of("w5", "w6", "w7", "w10", "w12", "w15"), added);
        assertEquals(List.of(Map.of("w", 5), Map.of("w", 6), Map.of("w", 7), Map.of("w", 10), Map.of("w", 12),
                Map.of("w", 15)), plan.refinement().sizes());
        // Ten seeds at every size across a rise, and at w32 whose two seeds span half the rise of accuracy.
        Map<String, Integer> seeds = new TreeMap<>();
        List.of("w4", "w5", "w6", "w7", "w8", "w10", "w12", "w15", "w16", "w32").forEach(id -> seeds.put(id, 10));
        assertEquals(seeds, plan.refinement().seeds());
        Refiner.Change w32 = plan.changes().stream().filter(c -> c.size().equals("w32")).findFirst().orElseThrow();
        assertEquals(new Refiner.Change("w32", 3200, false, 2, 10, "accuracy: seeds spread over 50% of the rise"),
                w32);
        assertEquals(List.of(), plan.gaps());
    }

    @Test
    void aGapTheFamilyCannotCloseIsReportedAndAFlatCurveHasNoSpan() {
        Summary summary = summary(Map.of(
                SMOOTH, new double[][] {{0.1}, {0.9}, {0.9}, {0.9}, {0.9}, {0.9}, {0.9}},
                SHARP, new double[][] {{0}, {0}, {0}, {0}, {0}, {0}, {0}}));
        Refiner.Plan plan = Refiner.plan(new Family(), Profile.PAPER, new Family().plan(Profile.PAPER), summary,
                Refiner.Settings.DEFAULT);
        assertTrue(plan.transitions().get(1).span().isEmpty());
        assertEquals(1, plan.gaps().size(), plan.gaps().toString());
        assertTrue(plan.gaps().get(0).startsWith("w1 → w2: 0.301 decades"), plan.gaps().get(0));
        assertEquals(Map.of("w1", 10, "w2", 10), plan.refinement().seeds());
    }

    @Test
    void aFamilyThatIsNotRefinableIsRefused() {
        Experiment<Width, ClassificationOutputs> plain = new Plain();
        assertThrows(BadInputException.class, () -> Refinable.of(plain));
        assertEquals(plain.plan(Profile.PAPER), Refinable.plan(plain, Profile.PAPER, Refinement.NONE));
    }

    /** The values of each metric at each width (rows) and seed (columns). */
    private static Summary summary(Map<MetricKey, double[][]> values) {
        List<SummaryRow> rows = new ArrayList<>();
        values.forEach((key, bySize) -> {
            for (int i = 0; i < bySize.length; i++) {
                for (int seed = 0; seed < bySize[i].length; seed++) {
                    rows.add(new SummaryRow("widths", "w" + WIDTHS.get(i), i, 100L * WIDTHS.get(i), seed,
                            key.metric(), key.arg(), bySize[i][seed]));
                }
            }
        });
        return new Summary(rows);
    }

    /** A family that cannot add sizes. */
    private static class Plain implements Experiment<Width, ClassificationOutputs> {
        @Override
        public ExperimentId id() {
            return new ExperimentId("widths", "Widths", 99, 0);
        }

        @Override
        public DatasetSpec dataset() {
            return DatasetSpec.generated("widths");
        }

        @Override
        public FamilyPlan<Width> plan(Profile profile) {
            return new FamilyPlan<>(WIDTHS.stream().map(Plain::spec).toList(), 2, Map.of(), new BudgetRule(
                    BudgetRule.Kind.SAME_STEPS, "a test family"), 1);
        }

        static SizeSpec<Width> spec(int w) {
            return new SizeSpec<>("w" + w, w, new ExampleFlops(w), 100L * w, new Width(w));
        }

        @Override
        public Trainer<Width> trainer(VerifiedDataset data, Profile profile) {
            throw new UnsupportedOperationException("the planner trains nothing");
        }

        @Override
        public Scoring<ClassificationOutputs> scoring() {
            return new Scoring<>(ClassificationOutputs.KIND, List.of(new Accuracy(), new SubsetAccuracy(List.of(5),
                    1)), new ResolutionStudy<>("none", 1, o -> new boolean[0]), List.of(),
                    List.of(new Contrast(SMOOTH, SHARP)));
        }

        @Override
        public FigureSet figures() {
            throw new UnsupportedOperationException("the planner draws nothing");
        }
    }

    /** The same family, able to take every width in between. */
    private static final class Family extends Plain implements Refinable<Width> {
        @Override
        public List<Width> between(Width lower, Width upper) {
            return IntStream.range(lower.w() + 1, upper.w()).mapToObj(Width::new).toList();
        }

        @Override
        public SizeSpec<Width> spec(Width size, Profile profile) {
            return Plain.spec(size.w());
        }

        @Override
        public Class<Width> sizeType() {
            return Width.class;
        }

        @Override
        public String knob() {
            return "any width";
        }
    }
}
