package emergence.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.experiment.Contrast;
import emergence.core.experiment.Experiments;
import emergence.core.experiment.Explorer;
import emergence.core.tables.EmergenceTable;
import emergence.core.tables.EmergenceTable.Estimate;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code bin/lab demo} prints besides the page: the widths of the two rises, and a walkthrough of this page. */
class DemoTest {
    @TempDir
    Path tmp;

    @Test
    void theWalkthroughNamesOnlyTheKnobsOfThePageItOpens() {
        List<String> subsets = ExplorerPage.walkthrough(EnumSet.of(Explorer.Kind.SUBSETS));
        String all = String.join(" ", subsets);
        assertTrue(all.contains("K = 1") && all.contains("K = 10"), all);
        assertFalse(all.contains("L = ") || all.contains("c = ") || all.contains("c large")
                || all.contains("Addition"), all);
        assertEquals(5, subsets.size());
        String every = String.join(" ", ExplorerPage.walkthrough(EnumSet.allOf(Explorer.Kind.class)));
        assertTrue(every.contains("K = 1 or L = 1") && every.contains("c large") && every.contains("c = 0.003")
                && every.contains("Addition (§3)"), every);
        List<String> none = ExplorerPage.walkthrough(Set.of());
        assertEquals(1, none.size());
        assertTrue(none.get(0).contains("§2 model"), none.get(0));
    }

    @Test
    void theLessonPrintsBothWidthsAndSaysWhichIsNarrowerOnlyWhenItIs() {
        Contrast c = new Contrast("accuracy", "", "subset_accuracy", "5");
        var teacher = Experiments.get("teacher-student");
        String same = Lab.Demo.lesson(teacher, table(0.77, 0.82), c);
        assertTrue(same.contains("accuracy rises from 10% to 90% of its range over 0.77 decades")
                && same.contains("K-of-K subset accuracy at K = 5 over 0.82 decades")
                && same.contains("no narrower (ratio 0.94)"), same);
        String narrow = Lab.Demo.lesson(teacher, table(1.2, 0.4), c);
        assertTrue(narrow.contains("3.0× narrower") && !narrow.contains("no narrower"), narrow);
    }

    private EmergenceTable table(double smooth, double sharp) {
        Estimate none = new Estimate(Double.NaN, Double.NaN, Double.NaN);
        Path file = tmp.resolve("scores-" + smooth + "-" + sharp + ".csv");
        EmergenceTable.write(file, List.of(
                new EmergenceTable.Row("teacher-student", "accuracy", "", "dense", 14, smooth, none, none),
                new EmergenceTable.Row("teacher-student", "subset_accuracy", "5", "dense", 11, sharp, none, none)));
        return EmergenceTable.read(file);
    }
}
