package emergence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Explorable;
import emergence.core.experiment.Explorer;
import emergence.core.metrics.MetricKey;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.EmergenceTable.Estimate;
import emergence.core.tables.Sampling;
import emergence.report.ExplorerPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code bin/lab demo} prints besides the page: the widths of the two rises, and a walkthrough of this page. */
class DemoTest {
    @TempDir
    Path tmp;

    @Test
    void theWalkthroughNamesOnlyTheKnobsOfThePageItOpensAndItsExperimentsHints() {
        List<Explorer<?>> teacher = List.of(explorer("teacher-student"));
        List<String> subsets = ExplorerPage.walkthrough(teacher);
        String all = String.join(" ", subsets);
        assertTrue(all.contains("(K = 1; at 1, one item per trial") && all.contains("K up to 50"), all);
        assertFalse(all.contains("L = ") || all.contains("L up") || all.contains("c = ") || all.contains("c down")
                || all.contains("Addition"), all);
        assertEquals(5, subsets.size());
        String every = String.join(" ", ExplorerPage.walkthrough(Experiments.all().stream()
                .flatMap(e -> Explorable.of(e).stream()).toList()));
        assertTrue(every.contains("L = 1 or K = 1 or c = 0.2") && every.contains("c down to 0.001")
                && every.contains("L up to 5") && every.contains("Addition (§3)"), every);
        List<String> none = ExplorerPage.walkthrough(List.of());
        assertEquals(1, none.size());
        assertTrue(none.get(0).contains("§2 model"), none.get(0));
    }

    @Test
    void theLessonPrintsBothWidthsAndSaysWhichIsNarrowerOnlyWhenItIs() {
        Contrast c = new Contrast(MetricKey.of("accuracy"), MetricKey.of("subset_accuracy", 5));
        var teacher = Experiments.get("teacher-student");
        String same = DemoCommand.lesson(teacher, table(0.77, 0.82), c);
        assertTrue(same.contains("accuracy rises from 10% to 90% of its range over 0.77 decades")
                && same.contains("K-of-K subset accuracy at K = 5 over 0.82 decades")
                && same.contains("no narrower (ratio 0.94)"), same);
        String narrow = DemoCommand.lesson(teacher, table(1.2, 0.4), c);
        assertTrue(narrow.contains("3.0× narrower") && !narrow.contains("no narrower"), narrow);
    }

    private static Explorer<?> explorer(String experiment) {
        return Explorable.of(Experiments.get(experiment)).orElseThrow();
    }

    private EmergenceTable table(double smooth, double sharp) {
        Estimate none = new Estimate(Double.NaN, Double.NaN, Double.NaN);
        Path file = tmp.resolve("scores-" + smooth + "-" + sharp + ".csv");
        EmergenceTable.write(file, List.of(
                new EmergenceTable.Row("teacher-student", "accuracy", "", Sampling.DENSE, 14, smooth, none, none,
                        EmergenceTable.OverSeeds.NONE),
                new EmergenceTable.Row("teacher-student", "subset_accuracy", "5", Sampling.DENSE, 11, sharp, none, none,
                        EmergenceTable.OverSeeds.NONE)));
        return EmergenceTable.read(file);
    }
}
