package emergence.teacher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import emergence.core.tables.EmergenceTable;
import emergence.core.tables.EmergenceTable.Estimate;
import emergence.core.tables.Sampling;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated sentence on the two rises says which is narrower only when the intervals over seeds say so. */
class WidthsVerdictTest {
    @TempDir
    Path tmp;

    @Test
    void theVerdictFollowsTheIntervalsOfTheFittedWidths() {
        assertTrue(widths(new Estimate(0.8, 0.75, 0.85), new Estimate(0.4, 0.3, 0.5))
                .contains("the sharp rise is narrower: the intervals are disjoint"));
        assertTrue(widths(new Estimate(0.77, 0.75, 0.79), new Estimate(0.87, 0.83, 0.91))
                .contains("the sharp rise is wider, not narrower: the intervals are disjoint"));
        String overlap = widths(new Estimate(0.8, 0.7, 0.9), new Estimate(0.75, 0.6, 0.85));
        assertTrue(overlap.contains("undecided at this resolution") && overlap.startsWith("Accuracy rises from 10% "
                + "to 90% of its range over 0.81 decades") && overlap.contains("5-of-5 subset accuracy over 0.85 "
                + "decades (fitted: 0.75, 0.60–0.85)"), overlap);
    }

    private String widths(Estimate smooth, Estimate sharp) {
        Estimate none = new Estimate(Double.NaN, Double.NaN, Double.NaN);
        Path file = tmp.resolve("scores-" + smooth.value() + "-" + sharp.value() + ".csv");
        EmergenceTable.write(file, List.of(
                new EmergenceTable.Row(TeacherStudent.NAME, "accuracy", "", Sampling.DENSE, 14, 0.81, none, smooth,
                        EmergenceTable.OverSeeds.NONE),
                new EmergenceTable.Row(TeacherStudent.NAME, "subset_accuracy", "5", Sampling.DENSE, 11, 0.85, none,
                        sharp, EmergenceTable.OverSeeds.NONE)));
        return TeacherStudent.widths(EmergenceTable.read(file));
    }
}
